package dev.waymark.impl.jaxrs;

import java.io.InputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;

import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.log.AccessRecord;

/**
 * Serves every request before JAX-RS resource matching: Waymark's router replaces JAX-RS's, so
 * precedence and path decoding are the same on every container. A synchronous outcome ends the
 * request here ({@code abortWith}); an asynchronous one is handed to {@link PendingResponseResource}.
 * As a response filter it sends the request id and writes the access log. It runs at
 * {@link Priorities#AUTHORIZATION}, after the application's pre-matching authentication filters
 * ({@link Priorities#AUTHENTICATION}), so they can set the security context container
 * authorizers read, and before the container's own filters of lower precedence.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public final class RouteFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String RECORD = "dev.waymark.access-record";

    private final Dispatcher dispatcher;

    /**
     * Creates the filter.
     *
     * @param dispatcher what handles the requests
     */
    public RouteFilter(Dispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void filter(ContainerRequestContext context) {
        context.getHeaders().remove(PendingResponses.HEADER);
        Exchange exchange = exchange(context);
        context.setProperty(RECORD, exchange.access());
        Object outcome = dispatcher.dispatch(exchange);
        if (outcome instanceof Response response) {
            context.abortWith(response);
        } else if (PendingResponseResource.METHODS.contains(context.getMethod())) {
            String token = PendingResponses.put((CompletionStage<?>) outcome);
            context.getHeaders().putSingle(PendingResponses.HEADER, token);
        } else {
            context.abortWith((Response) ((CompletionStage<?>) outcome).toCompletableFuture().join());
        }
    }

    /**
     * Sends the request id, and writes the access log line: now for a response without a body or
     * with a body of known length, when it has been sent for a streamed body (counted as it goes
     * out, since a container tells nothing of what it wrote).
     */
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RECORD) instanceof AccessRecord record)) {
            return;
        }
        response.getHeaders().putSingle(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        record.status(response.getStatus());
        Object entity = response.getEntity();
        if (entity instanceof InputStream stream) {
            response.setEntity(new LoggedInputStream(stream, sent -> finish(record, sent)));
        } else if (entity instanceof StreamingOutput streaming) {
            response.setEntity((StreamingOutput) out -> {
                CountingOutputStream counting = new CountingOutputStream(out);
                try {
                    streaming.write(counting);
                } finally {
                    finish(record, counting.count());
                }
            });
        } else {
            finish(record, entity == null ? 0 : entity instanceof byte[] bytes ? bytes.length : -1);
        }
    }

    private void finish(AccessRecord record, long sent) {
        record.responseLength(sent);
        dispatcher.accessLog().write(record);
    }

    private Exchange exchange(ContainerRequestContext context) {
        UriInfo uri = context.getUriInfo();
        String requestPath = uri.getRequestUri().getRawPath();
        String basePath = uri.getBaseUri().getRawPath();
        String applicationPath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        String path = requestPath == null || requestPath.length() <= applicationPath.length()
                ? "/"
                : requestPath.substring(applicationPath.length());
        AccessRecord record = dispatcher.record(context.getMethod(), requestPath == null ? "/" : requestPath, context.getHeaders(),
                (String) context.getProperty(AccessRecord.SOURCE_IP), (String) context.getProperty(AccessRecord.PROTOCOL));
        return new Exchange(applicationPath, context.getMethod(), path, uri.getRequestUri().getRawQuery(),
                context.getHeaders(), () -> cookies(context), hasBody(context) ? context.getEntityStream() : null, record,
                context.getSecurityContext());
    }

    private static Map<String, String> cookies(ContainerRequestContext context) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, Cookie> cookie : context.getCookies().entrySet()) {
            values.put(cookie.getKey(), cookie.getValue().getValue());
        }
        return Collections.unmodifiableMap(values);
    }

    /**
     * Whether the request has a body, from its framing headers alone (RFC 9112, section 6): asking
     * the container would make it try to read, which blocks on a connection whose request asked
     * for a protocol upgrade.
     */
    private static boolean hasBody(ContainerRequestContext context) {
        String length = context.getHeaderString("Content-Length");
        return context.getHeaderString("Transfer-Encoding") != null || (length != null && !length.strip().equals("0"));
    }
}
