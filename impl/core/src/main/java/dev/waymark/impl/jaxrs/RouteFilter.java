package dev.waymark.impl.jaxrs;

import java.net.URI;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;

import dev.waymark.impl.dispatch.Answer;
import dev.waymark.impl.edge.ReceivedRequest;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.log.AccessRecord;

/**
 * Serves every request before JAX-RS resource matching, through the {@link RequestEdge}: Waymark's
 * router replaces JAX-RS's, so precedence and path decoding are the same on every container. An
 * answer that is ready ends the request here ({@code abortWith}); a later one is handed to
 * {@link PendingResponseResource}. As a response filter it sends the request id, and the access log
 * line of an answer without a body ({@link SentBodyCounter} writes the others'). It runs at
 * {@link Priorities#AUTHORIZATION}, after the application's pre-matching authentication filters
 * ({@link Priorities#AUTHENTICATION}), so they can set the security context container
 * authorizers read, and before the container's own filters of lower precedence.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public final class RouteFilter implements ContainerRequestFilter, ContainerResponseFilter {

    /** The request property that holds the request's access log record. */
    static final String RECORD = "dev.waymark.access-record";

    private final RequestEdge edge;

    /**
     * Creates the filter.
     *
     * @param edge what reads, routes and answers the requests
     */
    public RouteFilter(RequestEdge edge) {
        this.edge = edge;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        context.getHeaders().remove(PendingResponses.HEADER);
        Exchange exchange = edge.read(received(context));
        context.setProperty(RECORD, exchange.access());
        Answer answer = edge.dispatch(exchange);
        if (answer instanceof Answer.Now now) {
            context.abortWith(now.response());
        } else if (answer instanceof Answer.Later later) {
            if (PendingResponseResource.METHODS.contains(context.getMethod())) {
                context.getHeaders().putSingle(PendingResponses.HEADER, PendingResponses.put(later.response()));
                context.setRequestUri(context.getUriInfo().getBaseUriBuilder().path(PendingResponseResource.PATH).build());
            } else {
                context.abortWith(later.response().toCompletableFuture().join());
            }
        }
    }

    /**
     * The request as the container delivers it to a pre-matching filter: with the target the client
     * sent, if the request was forwarded to Waymark's mount ({@link MountedRequest}), else with its
     * path below the application's base URI. The client's address and the protocol are the request
     * properties the container adapter set ({@link AccessRecord#SOURCE_IP},
     * {@link AccessRecord#PROTOCOL}).
     */
    private static ReceivedRequest received(ContainerRequestContext context) {
        String address = context.getProperty(AccessRecord.SOURCE_IP) instanceof String ip ? ip : null;
        String protocol = context.getProperty(AccessRecord.PROTOCOL) instanceof String name ? name : null;
        if (context.getProperty(MountedRequest.ATTRIBUTE) instanceof MountedRequest mounted) {
            return new ReceivedRequest(mounted.contextPath(), context.getMethod(), mounted.sentPath(), mounted.rawPath(),
                    mounted.rawQuery(), context.getHeaders(), context::getEntityStream, address, protocol, context.getSecurityContext());
        }
        URI requestUri = context.getUriInfo().getRequestUri();
        String basePath = context.getUriInfo().getBaseUri().getRawPath();
        String applicationPath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        String requestPath = requestUri.getRawPath();
        String rawPath = requestPath == null || requestPath.length() <= applicationPath.length()
                ? "/"
                : requestPath.substring(applicationPath.length());
        return new ReceivedRequest(applicationPath, context.getMethod(), requestPath == null ? "/" : requestPath, rawPath,
                requestUri.getRawQuery(), context.getHeaders(), context::getEntityStream, address, protocol,
                context.getSecurityContext());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RECORD) instanceof AccessRecord record)) {
            return;
        }
        response.getHeaders().putSingle(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        edge.answering(record, response.getStatus());
        if (!response.hasEntity()) {
            edge.sent(record, 0);
        }
    }
}
