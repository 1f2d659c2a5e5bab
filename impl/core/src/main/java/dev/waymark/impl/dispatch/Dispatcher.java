package dev.waymark.impl.dispatch;

import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.WebApplicationException;
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
import dev.waymark.impl.http.BodyFraming;
import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.http.PublishedBody;
import dev.waymark.impl.http.ResponseWriter;
import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.TrustedProxies;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteMatch;
import dev.waymark.websocket.GoneException;
import dev.waymark.impl.config.ConfigKeys;

/**
 * Routes one request and runs its handler: the part of request handling that is the same on
 * every container. {@link #route} makes the checks before routing and finds the route;
 * {@link #answer} runs the route's checks and handler. The outcome is an {@link Answer}: a JAX-RS
 * {@link Response} now, or later for a handler that answers asynchronously (a
 * {@code CompletionStage}, a {@code Flow.Publisher}, or an external resolver).
 */
public final class Dispatcher {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private final Deployment deployment;
    private final TargetCheck targets;
    private final Optional<String> region;
    private final HandlerScope scope;
    private final AccessLogWriter accessLog;
    private final ApplicationContext application;
    private final TrustedProxies trustedProxies;
    private final JsonLimits jsonLimits;
    private final Set<Route<?>> unanswered = ConcurrentHashMap.newKeySet();

    /**
     * Creates a dispatcher.
     *
     * @param deployment the APIs to serve
     * @param config the configuration: the longest request path, the node's region, the JSON limits
     * @param scope what surrounds each standard handler invocation
     * @param accessLog where access log lines go
     * @param application the context an answer given later is finished in [RESP-3-3]
     */
    public Dispatcher(Deployment deployment, WaymarkConfig config, HandlerScope scope, AccessLogWriter accessLog,
            ApplicationContext application) {
        this.deployment = deployment;
        this.targets = new TargetCheck(config.maxPathLength());
        this.region = config.region();
        this.jsonLimits = config.json();
        this.scope = scope;
        this.accessLog = accessLog;
        this.application = application;
        this.trustedProxies = ConfigKeys.TRUSTED_PROXIES.value().orElse(TrustedProxies.NONE);
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
     * The checks of a request target before routing, for a transport that must refuse a target
     * before it can hand the request on.
     *
     * @return the checks {@link #route} makes
     */
    public TargetCheck targets() {
        return targets;
    }

    /**
     * Handles a request: {@link #route}, then {@link #answer}.
     *
     * @param exchange the request
     * @return the answer
     */
    public Answer dispatch(Exchange exchange) {
        return answer(exchange, route(exchange.method(), exchange.rawPath(), exchange.rawQuery(), exchange.headers()));
    }

    /**
     * Routes a request: the checks of its target ({@link TargetCheck}), a CORS preflight, then the
     * router. It reads nothing but its arguments, so that a transport can route a request before
     * it reads the rest of it.
     *
     * @param method the request method
     * @param rawPath the raw path, relative to the application
     * @param rawQuery the raw query, or null
     * @param headers the request headers: {@code Host}, and the CORS headers of a preflight
     * @return the route, or the answer a request no route takes gets
     */
    public Routing route(String method, String rawPath, String rawQuery, MultivaluedMap<String, String> headers) {
        List<String> segments;
        try {
            segments = targets.segments(rawPath, rawQuery);
        } catch (ProblemException e) {
            return new Routing.Settled(e.problem().toResponse(null));
        }
        if (method.equals("OPTIONS")) {
            Response preflight = preflight(headers, segments, rawPath);
            if (preflight != null) {
                return new Routing.Settled(preflight);
            }
        }
        RouteMatch<BoundEndpoint> match = deployment.router(headers.getFirst("Host")).match(method, segments);
        return switch (match.outcome()) {
            case ROUTE -> new Routing.Routed(match);
            case AUTOMATIC_OPTIONS -> new Routing.Settled(Response.noContent().header("Allow", String.join(", ", match.allowed())).build());
            case METHOD_NOT_ALLOWED -> {
                String allowed = String.join(", ", match.allowed());
                yield new Routing.Settled(Response.fromResponse(Problem.methodNotAllowed(method, rawPath, allowed).toResponse(rawPath))
                        .header("Allow", allowed).build());
            }
            case NOT_FOUND -> new Routing.Settled(Problem.routeNotFound(method, rawPath).toResponse(rawPath));
        };
    }

    /**
     * Answers a routed request: the answer routing gave, or the route's checks and handler (a
     * standard route's in this dispatcher's {@link HandlerScope}).
     *
     * @param exchange the request
     * @param routing what {@link #route} decided for it
     * @return the answer
     */
    public Answer answer(Exchange exchange, Routing routing) {
        return routing.answer(exchange, this);
    }

    /**
     * Answers a CORS preflight for the route that would take the request it announces, before any
     * handler runs [CORS-2-1].
     *
     * @return the answer, or null if the request is not a preflight, or its route has CORS off
     */
    private Response preflight(MultivaluedMap<String, String> headers, List<String> segments, String rawPath) {
        String origin = headers.getFirst("Origin");
        String requested = headers.getFirst("Access-Control-Request-Method");
        if (origin == null || requested == null) {
            return null;
        }
        RouteMatch<BoundEndpoint> target = deployment.router(headers.getFirst("Host")).match(requested.strip(), segments);
        if (target.outcome() != RouteMatch.Outcome.ROUTE) {
            return null;
        }
        CorsRules cors = target.route().handler().settings().cors();
        return cors.enabled()
                ? cors.preflight(origin, requested, headers.getFirst("Access-Control-Request-Headers"), rawPath)
                : null;
    }

    /** Serves a routed request, with the route's CORS headers for a cross-origin request [CORS-3-1]. */
    Answer serve(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        Answer answer = guarded(exchange, match);
        String origin = exchange.headers().getFirst("Origin");
        CorsRules cors = match.route().handler().settings().cors();
        if (origin == null || !cors.enabled()) {
            return answer;
        }
        return answer.map(response -> cors.decorate(response, origin));
    }

    /**
     * The checks before a route's handler: its region, its authorizer [AUTH-1-4], its rate limit
     * [LIMIT-1-2]; then the handler, with the rate limit's headers on its answer [LIMIT-1-3].
     */
    private Answer guarded(Exchange exchange, RouteMatch<BoundEndpoint> match) {
        Route<BoundEndpoint> route = match.route();
        RouteSettings settings = route.handler().settings();
        exchange.access().route(route.declaredKey(), route.apiName(), settings.accessLog());
        if (!settings.regions().isEmpty() && region.isPresent() && !settings.regions().contains(region.get())) {
            return new Answer.Now(elsewhere(exchange, settings.regions()));
        }
        DefaultIdentity identity = null;
        RouteGuard guard = route.handler().guard();
        if (guard != null) {
            AuthDecision decision = guard.check(exchange);
            if (decision.refused()) {
                return new Answer.Now(decision.refusal());
            }
            identity = decision.identity();
        }
        RateLimiter limiter = route.handler().limiter();
        if (limiter == null) {
            return invoke(exchange, match, identity);
        }
        RateLimiter.Outcome limit = limiter.acquire(exchange.headers(), identity == null ? null : identity.principal(), trustedProxies.clientAddress(exchange.access().sourceIp(),
                exchange.headers()));
        if (!limit.allowed()) {
            return new Answer.Now(limit.refusal(exchange.rawPath()));
        }
        return invoke(exchange, match, identity).map(limit::withHeaders);
    }

    private Answer invoke(Exchange exchange, RouteMatch<BoundEndpoint> match, DefaultIdentity identity) {
        Route<BoundEndpoint> route = match.route();
        Endpoint endpoint = route.handler().endpoint();
        RouteSettings settings = route.handler().settings();
        String path = exchange.rawPath();
        long bodyLimit = settings.bodyLimit();
        if (BodyFraming.declaredLength(exchange.headers()) > bodyLimit) {
            return new Answer.Now(Problem.bodyTooLarge(bodyLimit).toResponse(path));
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
            return new Answer.Now(Problem.handlerTimeout(settings.timeoutMillis()).toResponse(path));
        }
        if (thrown != null) {
            return new Answer.Now(failure(thrown, route, exchange));
        }
        if (result instanceof Flow.Publisher<?> publisher) {
            result = PublishedBody.subscribe(publisher, response, route, settings.responseLimit());
        }
        Executor context = later(result, response, route) ? application.capture() : null;
        CompletableFuture<Response> pending = context == null ? null : pending(result, response, route, head, exchange, context);
        if (pending == null) {
            if (result == null && endpoint.takesResponse() && !response.isTouched() && unanswered.add(route)) {
                LOG.log(Level.WARNING, "API resolved without sending a response for {0}, this may result in stalled requests; "
                        + "mark the route @ExternalResolver if other code sends it", route);
            }
            return new Answer.Now(complete(result, response, route, head, exchange));
        }
        if (deadline == null) {
            return new Answer.Later(pending);
        }
        Response timedOut = Problem.handlerTimeout(settings.timeoutMillis()).toResponse(path);
        Object late = result;
        return new Answer.Later(pending.completeOnTimeout(timedOut, deadline.remainingMillis(), TimeUnit.MILLISECONDS)
                .whenCompleteAsync((answer, error) -> {
                    if (answer == timedOut) {
                        discard(late);
                    }
                }, context));
    }

    /** Whether a handler's result is answered later: a published body, a completion stage, or a response other code sends. */
    private static boolean later(Object result, DefaultApiResponse response, Route<BoundEndpoint> route) {
        return result instanceof PublishedBody || result instanceof CompletionStage<?>
                || result == null && !response.isSent() && route.handler().settings().externalResolver();
    }

    /**
     * The answer to a result that is {@linkplain #later answered later}, completed with the
     * application's context, captured once on the request's thread.
     */
    private CompletableFuture<Response> pending(Object result, DefaultApiResponse response, Route<BoundEndpoint> route,
            boolean head, Exchange exchange, Executor context) {
        if (result instanceof PublishedBody published) {
            return published.head().toCompletableFuture()
                    .handleAsync((answer, error) -> error != null ? failure(error, route, exchange) : head ? withoutBody(answer) : answer,
                            context);
        }
        if (result instanceof CompletionStage<?> stage) {
            return stage.toCompletableFuture().handleAsync((value, error) -> error != null
                    ? failure(error, route, exchange)
                    : complete(value, response, route, head, exchange), context);
        }
        return response.whenSent().toCompletableFuture().thenApplyAsync(sent -> complete(null, response, route, head, exchange), context);
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

    private static Response complete(Object result, DefaultApiResponse response, Route<BoundEndpoint> route, boolean head,
            Exchange exchange) {
        Response written;
        try {
            RouteSettings settings = route.handler().settings();
            written = ResponseWriter.write(result, response, route, settings.responseLimit(), settings.strictResponseLimit());
        } catch (RuntimeException e) {
            return failure(e, route, exchange);
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

    private static Response failure(Throwable error, Route<BoundEndpoint> route, Exchange exchange) {
        if (exchange.entity() != null && exchange.entity().failure() != null) {
            return incompleteBody(exchange, route);
        }
        String path = exchange.rawPath();
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
            return statusAnswer(web, route, path);
        }
        LOG.log(Level.ERROR, "Handler of route " + route + " failed for " + path, cause);
        return Problem.handlerFailed().toResponse(path);
    }

    /**
     * The answer to a request whose body the client stopped sending, however the handler failed on
     * it: 400, as nginx answers it, without a body, since no one is left to read one (writing it
     * would fail too), and one line in the log without a stack trace.
     */
    private static Response incompleteBody(Exchange exchange, Route<BoundEndpoint> route) {
        LOG.log(Level.INFO, "The body of {0} for route {1} ended early, the client closed the connection or stopped sending it ({2}); "
                + "answered 400", exchange.access(), route, exchange.entity().failure());
        return Response.status(Response.Status.BAD_REQUEST).build();
    }

    /**
     * The answer to a {@code WebApplicationException}: its response if the handler gave it a body;
     * else a problem with its status, the status's standard title and a fixed detail, with its
     * headers (such as {@code Allow} or {@code Retry-After}). Its message is for the server's log
     * only: a handler chooses what the client reads by giving the response a body.
     */
    private static Response statusAnswer(WebApplicationException web, Route<BoundEndpoint> route, String path) {
        Response response = web.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        int status = response.getStatus();
        LOG.log(Level.DEBUG, () -> "Handler of route " + route + " ended " + path + " with " + status + ": " + web.getMessage());
        Response.ResponseBuilder answer = Response.fromResponse(Problem.handlerStatus(status).toResponse(path));
        for (Map.Entry<String, List<Object>> header : response.getHeaders().entrySet()) {
            if (!header.getKey().equalsIgnoreCase("Content-Type") && !header.getKey().equalsIgnoreCase("Content-Length")) {
                header.getValue().forEach(value -> answer.header(header.getKey(), value));
            }
        }
        return answer.build();
    }
}
