package dev.waymark.impl.dispatch;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.handler.Endpoint;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.http.QueryString;
import dev.waymark.impl.http.ResponseWriter;
import dev.waymark.impl.route.RequestPath;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteMatch;

/**
 * Routes one request and runs its handler: the part of request handling that is the same on
 * every container. The outcome is a JAX-RS {@link Response}, or a {@link CompletionStage} of one
 * for a handler that answers asynchronously.
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private final Deployment deployment;
    private final int maxPathLength;
    private final HandlerScope scope;

    /**
     * Creates a dispatcher.
     *
     * @param deployment the APIs to serve
     * @param maxPathLength the longest request path served, in characters
     * @param scope what surrounds each handler invocation
     */
    public Dispatcher(Deployment deployment, int maxPathLength, HandlerScope scope) {
        this.deployment = deployment;
        this.maxPathLength = maxPathLength;
        this.scope = scope;
    }

    /**
     * The deployment served.
     *
     * @return the deployment
     */
    public Deployment deployment() {
        return deployment;
    }

    /**
     * Handles a request.
     *
     * @param exchange the request
     * @return a {@link Response}, or a {@link CompletionStage} of one
     */
    public Object dispatch(Exchange exchange) {
        String path = exchange.rawPath();
        if (path.length() > maxPathLength) {
            return Problem.pathTooLong(path.length(), maxPathLength).toResponse(null);
        }
        List<String> segments;
        try {
            segments = RequestPath.segments(path);
            QueryString.checkEscapes(exchange.rawQuery());
        } catch (RequestPath.InvalidPathException e) {
            return Problem.invalidPath("The request path cannot be routed: " + e.getMessage()).toResponse(null);
        } catch (ProblemException e) {
            return e.problem().toResponse(null);
        }
        String method = exchange.method();
        RouteMatch<BoundEndpoint> match = deployment.router().match(method, segments);
        return switch (match.outcome()) {
            case ROUTE -> invoke(exchange, match);
            case AUTOMATIC_OPTIONS -> Response.noContent().header("Allow", String.join(", ", match.allowed())).build();
            case METHOD_NOT_ALLOWED -> {
                String allowed = String.join(", ", match.allowed());
                yield Response.fromResponse(Problem.methodNotAllowed(method, path, allowed).toResponse(path))
                        .header("Allow", allowed).build();
            }
            case NOT_FOUND -> Problem.routeNotFound(method, path).toResponse(path);
        };
    }

    private Object invoke(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        Route<BoundEndpoint> route = match.route();
        Endpoint endpoint = route.handler().endpoint();
        RouteSettings settings = route.handler().settings();
        long bodyLimit = settings.bodyLimit();
        String path = exchange.rawPath();
        if (declaredLength(exchange) > bodyLimit) {
            return Problem.bodyTooLarge(bodyLimit).toResponse(path);
        }
        DefaultApiRequest request = new DefaultApiRequest(exchange, route.declaredKey(), match.parameters(), settings);
        DefaultApiResponse response = new DefaultApiResponse(exchange.applicationPath());
        boolean head = "HEAD".equals(exchange.method());
        Object result;
        try {
            result = scope.run(() -> endpoint.invoke(request, response));
        } catch (Exception e) {
            return failure(e, route, path);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.handle((value, error) -> error != null
                    ? failure(error, route, path)
                    : complete(value, response, route, head, path));
        }
        return complete(result, response, route, head, path);
    }

    private static Response complete(Object result, DefaultApiResponse response, Route<BoundEndpoint> route, boolean head, String path) {
        Response written;
        try {
            RouteSettings settings = route.handler().settings();
            written = ResponseWriter.write(result, response, route, settings.responseLimit(), settings.strictResponseLimit());
        } catch (RuntimeException e) {
            return failure(e, route, path);
        }
        return head ? withoutBody(written) : written;
    }

    private static Response withoutBody(Response response) {
        if (!response.hasEntity()) {
            return response;
        }
        Response.ResponseBuilder builder = Response.fromResponse(response).entity(null);
        if (response.getEntity() instanceof byte[] bytes) {
            builder.header("Content-Length", bytes.length);
        }
        return builder.build();
    }

    private static Response failure(Throwable error, Route<BoundEndpoint> route, String path) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException problem) {
            return problem.problem().toResponse(path);
        }
        if (cause instanceof WebApplicationException web) {
            Response response = web.getResponse();
            if (response.hasEntity()) {
                return response;
            }
            Response.StatusType status = response.getStatusInfo();
            return Response.fromResponse(Problem.status(status.getStatusCode(), status.getReasonPhrase(), web.getMessage())
                    .toResponse(path)).replaceAll(withoutEntityHeaders(response)).build();
        }
        LOG.log(Level.ERROR, "Handler of route " + route + " failed for " + path, cause);
        return Problem.handlerFailed().toResponse(path);
    }

    private static jakarta.ws.rs.core.MultivaluedMap<String, Object> withoutEntityHeaders(Response response) {
        jakarta.ws.rs.core.MultivaluedMap<String, Object> headers = new jakarta.ws.rs.core.MultivaluedHashMap<>(response.getHeaders());
        headers.remove("Content-Type");
        headers.remove("Content-Length");
        headers.putSingle("Content-Type", Problem.MEDIA_TYPE);
        return headers;
    }

    private static long declaredLength(Exchange exchange) {
        String length = exchange.headers().getFirst("Content-Length");
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
