package dev.waymark.impl.jaxrs;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.http.Exchange;

/**
 * Serves every request before JAX-RS resource matching: Waymark's router replaces JAX-RS's, so
 * precedence and path decoding are the same on every container. A synchronous outcome ends the
 * request here ({@code abortWith}); an asynchronous one is handed to {@link PendingResponseResource}.
 */
@PreMatching
@Priority(100)
public final class RouteFilter implements ContainerRequestFilter {

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
        Object outcome = dispatcher.dispatch(exchange(context));
        if (outcome instanceof Response response) {
            context.abortWith(response);
        } else if (PendingResponseResource.METHODS.contains(context.getMethod())) {
            String token = PendingResponses.put((CompletionStage<?>) outcome);
            context.getHeaders().putSingle(PendingResponses.HEADER, token);
        } else {
            context.abortWith((Response) ((CompletionStage<?>) outcome).toCompletableFuture().join());
        }
    }

    private static Exchange exchange(ContainerRequestContext context) {
        UriInfo uri = context.getUriInfo();
        String requestPath = uri.getRequestUri().getRawPath();
        String basePath = uri.getBaseUri().getRawPath();
        String applicationPath = basePath.endsWith("/") ? basePath.substring(0, basePath.length() - 1) : basePath;
        String path = requestPath == null || requestPath.length() <= applicationPath.length()
                ? "/"
                : requestPath.substring(applicationPath.length());
        return new Exchange(applicationPath, context.getMethod(), path, uri.getRequestUri().getRawQuery(),
                context.getHeaders(), () -> cookies(context), hasBody(context) ? context.getEntityStream() : null);
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
