package dev.waymark.impl.dispatch;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.waymark.impl.auth.AuthDecision;
import dev.waymark.impl.auth.CurrentIdentity;
import dev.waymark.impl.auth.DefaultIdentity;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.handler.Endpoint;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.http.PublishedBody;
import dev.waymark.impl.http.QueryString;
import dev.waymark.impl.http.ResponseWriter;
import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.TrustedProxies;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.impl.log.AccessRecord;
import dev.waymark.impl.route.RequestPath;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteMatch;
import dev.waymark.websocket.GoneException;

/**
 * Routes one request and runs its handler: the part of request handling that is the same on
 * every container. The outcome is a JAX-RS {@link Response}, or a {@link CompletionStage} of one
 * for a handler that answers asynchronously (a {@code CompletionStage}, a {@code Flow.Publisher},
 * or an external resolver).
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private final Deployment deployment;
    private final int maxPathLength;
    private final Optional<String> region;
    private final HandlerScope scope;
    private final AccessLogWriter accessLog;
    private final String incomingIdHeader;
    private final TrustedProxies trustedProxies;
    private final JsonLimits jsonLimits;
    private final Set<Route<?>> unanswered = ConcurrentHashMap.newKeySet();

    /**
     * Creates a dispatcher.
     *
     * @param deployment the APIs to serve
     * @param config the configuration: the longest request path, the node's region, the JSON limits
     * @param scope what surrounds each standard handler invocation
     */
    public Dispatcher(Deployment deployment, WaymarkConfig config, HandlerScope scope) {
        this.deployment = deployment;
        this.maxPathLength = config.maxPathLength();
        this.region = config.region();
        this.jsonLimits = config.json();
        this.scope = scope;
        this.accessLog = AccessLogWriter.from(config);
        this.incomingIdHeader = WaymarkConfig.value("waymark.request-id.header").filter(name -> !name.isBlank()).orElse(null);
        this.trustedProxies = WaymarkConfig.value("waymark.trusted-proxies").map(TrustedProxies::parse).orElse(TrustedProxies.NONE);
    }

    /**
     * Starts the access log record of a request.
     *
     * @param method the request method
     * @param path the request path as sent
     * @param headers the request headers
     * @param sourceIp the client's address, or null if the container does not tell
     * @param protocol the protocol, or null
     * @return the record
     */
    public AccessRecord record(String method, String path, MultivaluedMap<String, String> headers, String sourceIp, String protocol) {
        return new AccessRecord(incomingIdHeader == null ? null : headers.getFirst(incomingIdHeader), sourceIp, method, path, protocol,
                headers.getFirst("User-Agent"), headers.getFirst("Host"));
    }

    /**
     * Where access log lines go.
     *
     * @return the writer
     */
    public AccessLogWriter accessLog() {
        return accessLog;
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
        if (method.equals("OPTIONS")) {
            Response preflight = preflight(exchange, segments);
            if (preflight != null) {
                return preflight;
            }
        }
        RouteMatch<BoundEndpoint> match = deployment.router(exchange.headers().getFirst("Host")).match(method, segments);
        return switch (match.outcome()) {
            case ROUTE -> serve(exchange, match);
            case AUTOMATIC_OPTIONS -> Response.noContent().header("Allow", String.join(", ", match.allowed())).build();
            case METHOD_NOT_ALLOWED -> {
                String allowed = String.join(", ", match.allowed());
                yield Response.fromResponse(Problem.methodNotAllowed(method, path, allowed).toResponse(path))
                        .header("Allow", allowed).build();
            }
            case NOT_FOUND -> Problem.routeNotFound(method, path).toResponse(path);
        };
    }

    /**
     * Answers a CORS preflight for the route that would take the request it announces, before any
     * handler runs [CORS-2-1].
     *
     * @return the answer, or null if the request is not a preflight, or its route has CORS off
     */
    private Response preflight(Exchange exchange, List<String> segments) {
        String origin = exchange.headers().getFirst("Origin");
        String requested = exchange.headers().getFirst("Access-Control-Request-Method");
        if (origin == null || requested == null) {
            return null;
        }
        RouteMatch<BoundEndpoint> target = deployment.router(exchange.headers().getFirst("Host")).match(requested.strip(), segments);
        if (target.outcome() != RouteMatch.Outcome.ROUTE) {
            return null;
        }
        CorsRules cors = target.route().handler().settings().cors();
        return cors.enabled()
                ? cors.preflight(origin, requested, exchange.headers().getFirst("Access-Control-Request-Headers"), exchange.rawPath())
                : null;
    }

    /**
     * The route a runtime serves on its own, straight from its HTTP server, that takes a request: an
     * edge route, or if the runtime allows it a route whose handler needs no JAX-RS container
     * ({@link Endpoint#containerFree()}). Everything else, errors included, is left to
     * {@link #dispatch(Exchange)}.
     *
     * @param method the request method
     * @param rawPath the raw request path, relative to the application
     * @param host the request's {@code Host} header, or null
     * @param containerFree whether routes whose handler needs no JAX-RS container are served directly
     *        too (not when the application has request filters of the container that must see
     *        every request)
     * @return the match, to be served by {@link #serveDirect}, or null if the request is not for
     *         such a route (an {@code OPTIONS} request never is: preflights and automatic answers
     *         are left to {@link #dispatch})
     */
    public RouteMatch<BoundEndpoint> matchDirect(String method, String rawPath, String host, boolean containerFree) {
        if (!deployment.hasDirectRoutes(containerFree) || rawPath.length() > maxPathLength || method.equals("OPTIONS")) {
            return null;
        }
        List<String> segments;
        try {
            segments = RequestPath.segments(rawPath);
        } catch (RequestPath.InvalidPathException e) {
            return null;
        }
        RouteMatch<BoundEndpoint> match = deployment.router(host).match(method, segments);
        if (match.outcome() != RouteMatch.Outcome.ROUTE) {
            return null;
        }
        BoundEndpoint handler = match.route().handler();
        return handler.settings().isEdge() || containerFree && handler.endpoint().containerFree() ? match : null;
    }

    /**
     * Serves a request {@link #matchDirect} found a route for: the checks of {@link #dispatch} that
     * routing did not already make, then the route (a standard one in this dispatcher's
     * {@link HandlerScope}).
     *
     * @param exchange the request
     * @param match the route and its path parameters
     * @return a {@link Response}, or a {@link CompletionStage} of one
     */
    public Object serveDirect(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        try {
            QueryString.checkEscapes(exchange.rawQuery());
        } catch (ProblemException e) {
            return e.problem().toResponse(null);
        }
        return serve(exchange, match);
    }

    /** Serves a routed request, with the route's CORS headers for a cross-origin request [CORS-3-1]. */
    private Object serve(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        Object outcome = answer(exchange, match);
        String origin = exchange.headers().getFirst("Origin");
        CorsRules cors = match.route().handler().settings().cors();
        if (origin == null || !cors.enabled()) {
            return outcome;
        }
        return mapAnswer(outcome, response -> cors.decorate(response, origin));
    }

    /** Changes an answer that is a {@link Response}, or will be one when its stage completes. */
    private static Object mapAnswer(Object outcome, java.util.function.UnaryOperator<Response> change) {
        if (outcome instanceof Response response) {
            return change.apply(response);
        }
        return ((CompletionStage<?>) outcome).thenApply(response -> change.apply((Response) response));
    }

    /**
     * The checks before a route's handler: its region, its authorizer [AUTH-1-4], its rate limit
     * [LIMIT-1-2]; then the handler, with the rate limit's headers on its answer [LIMIT-1-3].
     */
    private Object answer(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        Route<BoundEndpoint> route = match.route();
        RouteSettings settings = route.handler().settings();
        exchange.access().route(route.declaredKey(), route.apiName(), settings.accessLog());
        String path = exchange.rawPath();
        if (!settings.regions().isEmpty() && region.isPresent() && !settings.regions().contains(region.get())) {
            return elsewhere(exchange, settings.regions());
        }
        DefaultIdentity identity = null;
        RouteGuard guard = route.handler().guard();
        if (guard != null) {
            AuthDecision decision = guard.check(exchange);
            if (decision.refused()) {
                return decision.refusal();
            }
            identity = decision.identity();
        }
        RateLimiter limiter = route.handler().limiter();
        if (limiter == null) {
            return invoke(exchange, match, identity);
        }
        RateLimiter.Outcome limit = limiter.acquire(exchange, identity, trustedProxies.clientAddress(exchange.access().sourceIp(),
                exchange.headers()));
        if (!limit.allowed()) {
            return limit.refusal(exchange.rawPath());
        }
        return mapAnswer(invoke(exchange, match, identity), limit::withHeaders);
    }

    private Object invoke(Exchange exchange, RouteMatch<BoundEndpoint> match, DefaultIdentity identity) {
        Route<BoundEndpoint> route = match.route();
        Endpoint endpoint = route.handler().endpoint();
        RouteSettings settings = route.handler().settings();
        String path = exchange.rawPath();
        long bodyLimit = settings.bodyLimit();
        if (declaredLength(exchange) > bodyLimit) {
            return Problem.bodyTooLarge(bodyLimit).toResponse(path);
        }
        DefaultApiRequest request = new DefaultApiRequest(exchange, route.declaredKey(), match.parameters(), settings, identity, jsonLimits);
        DefaultIdentity caller = identity;
        DefaultApiResponse response = new DefaultApiResponse(exchange.applicationPath(), exchange.rawPath());
        boolean head = "HEAD".equals(exchange.method());
        Deadline deadline = settings.timeoutMillis() == Long.MAX_VALUE ? null : Deadline.start(settings.timeoutMillis());
        Object result = null;
        Exception thrown = null;
        try {
            result = (settings.isEdge() ? HandlerScope.NONE : scope)
                    .run(() -> CurrentIdentity.with(caller, () -> endpoint.invoke(request, response)));
        } catch (Exception e) {
            thrown = e;
        }
        if (deadline != null && !deadline.finish()) {
            discard(result);
            return Problem.handlerTimeout(settings.timeoutMillis()).toResponse(path);
        }
        if (thrown != null) {
            return failure(thrown, route, path);
        }
        if (result instanceof Flow.Publisher<?> publisher) {
            result = PublishedBody.subscribe(publisher, response, route, settings.responseLimit());
        }
        CompletableFuture<Response> pending = pending(result, response, route, head, path);
        if (pending == null) {
            if (result == null && endpoint.takesResponse() && !response.isTouched() && unanswered.add(route)) {
                LOG.log(Level.WARNING, "API resolved without sending a response for {0}, this may result in stalled requests; "
                        + "mark the route @ExternalResolver if other code sends it", route);
            }
            return complete(result, response, route, head, path);
        }
        if (deadline == null) {
            return pending;
        }
        Response timedOut = Problem.handlerTimeout(settings.timeoutMillis()).toResponse(path);
        Object late = result;
        return pending.completeOnTimeout(timedOut, deadline.remainingMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((answer, error) -> {
                    if (answer == timedOut) {
                        discard(late);
                    }
                });
    }

    private CompletableFuture<Response> pending(Object result, DefaultApiResponse response, Route<BoundEndpoint> route,
            boolean head, String path) {
        if (result instanceof PublishedBody published) {
            return published.head().toCompletableFuture()
                    .handle((answer, error) -> error != null ? failure(error, route, path) : head ? withoutBody(answer) : answer);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.toCompletableFuture().handle((value, error) -> error != null
                    ? failure(error, route, path)
                    : complete(value, response, route, head, path));
        }
        if (result == null && !response.isSent() && route.handler().settings().externalResolver()) {
            return response.whenSent().toCompletableFuture().thenApply(sent -> complete(null, response, route, head, path));
        }
        return null;
    }

    private static void discard(Object result) {
        if (result instanceof PublishedBody published) {
            published.cancel();
        } else if (result instanceof CompletionStage<?> stage) {
            stage.toCompletableFuture().cancel(true);
        }
    }

    private Response elsewhere(Exchange exchange, List<String> regions) {
        for (String id : regions) {
            Optional<String> url = WaymarkConfig.regionUrl(id);
            if (url.isPresent()) {
                String base = url.get().endsWith("/") ? url.get().substring(0, url.get().length() - 1) : url.get();
                String query = exchange.rawQuery() == null ? "" : "?" + exchange.rawQuery();
                return Response.status(307).header("Location", base + exchange.rawPath() + query).build();
            }
        }
        return Problem.regionNotServed(region.orElse(""), regions).toResponse(exchange.rawPath());
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
        if (response.getEntity() instanceof PublishedBody published) {
            published.cancel();
        }
        return Response.fromResponse(response).entity(null).build();
    }

    private static Response failure(Throwable error, Route<BoundEndpoint> route, String path) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof ProblemException problem) {
            return problem.problem().toResponse(path);
        }
        if (cause instanceof GoneException gone) {
            return Problem.connectionGone(gone.connectionId()).toResponse(path);
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

    private static MultivaluedMap<String, Object> withoutEntityHeaders(Response response) {
        MultivaluedMap<String, Object> headers = new MultivaluedHashMap<>(response.getHeaders());
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
