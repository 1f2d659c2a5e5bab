package dev.waymark.impl.http;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem: the body of every error response Waymark itself produces.
 *
 * @param type the stable problem type URI
 * @param title a short summary that does not change between occurrences
 * @param status the HTTP status
 * @param detail what happened in this occurrence; never a stack trace
 * @param members extension members written after the standard ones
 */
public record Problem(String type, String title, int status, String detail, Map<String, Object> members) {

    /**
     * A problem without extension members.
     *
     * @param type the stable problem type URI
     * @param title a short summary
     * @param status the HTTP status
     * @param detail what happened
     */
    public Problem(String type, String title, int status, String detail) {
        this(type, title, status, detail, Map.of());
    }

    /** The media type of problem responses. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** Where problem type URIs start. */
    public static final String TYPE_BASE = "https://waymark.dev/problems/";

    /** No route takes the request: 404. */
    public static Problem routeNotFound(String method, String path) {
        return of("route-not-found", "Route not found", 404, "No route matches " + method + " " + path);
    }

    /** Routes exist for the path, none for the method: 405. */
    public static Problem methodNotAllowed(String method, String path, String allowed) {
        return of("method-not-allowed", "Method not allowed", 405,
                "No route matches " + method + " " + path + "; allowed methods: " + allowed);
    }

    /** A method the route does not serve for this request, such as a GraphQL mutation over GET: 405. */
    public static Problem methodNotAllowed(String detail) {
        return of("method-not-allowed", "Method not allowed", 405, detail);
    }

    /** A GraphQL-over-HTTP request that is not well formed (no query, variables not an object, a body that is not JSON): 400. */
    public static Problem invalidGraphQLRequest(String detail) {
        return of("invalid-graphql-request", "Invalid GraphQL request", 400, detail);
    }

    /** No media type the client accepts can be produced: 406. */
    public static Problem notAcceptable(String detail) {
        return of("not-acceptable", "Not acceptable", 406, detail);
    }

    /** The request path cannot be routed: 400. */
    public static Problem invalidPath(String detail) {
        return of("invalid-path", "Invalid request path", 400, detail);
    }

    /** The query string is malformed: 400. */
    public static Problem invalidQuery(String detail) {
        return of("invalid-query", "Invalid query string", 400, detail);
    }

    /** The request path is longer than the configured maximum: 414. */
    public static Problem pathTooLong(int length, int max) {
        return of("path-too-long", "Request path too long", 414,
                "The request path has " + length + " characters; the maximum is " + max);
    }

    /** A parameter is missing or does not convert to the handler's type: 400. */
    public static Problem invalidParameter(String detail) {
        return of("invalid-parameter", "Invalid request parameter", 400, detail);
    }

    /** The body cannot be read as the handler's type: 400. */
    public static Problem invalidBody(String detail) {
        return of("invalid-body", "Invalid request body", 400, detail);
    }

    /** The body's content type cannot be read as the handler's type: 415. */
    public static Problem unsupportedMediaType(String detail) {
        return of("unsupported-media-type", "Unsupported media type", 415, detail);
    }

    /** The body is larger than the route's limit: 413. */
    public static Problem bodyTooLarge(long limit) {
        return of("body-too-large", "Request body too large", 413,
                "The request body is larger than this route's limit of " + Sizes.format(limit));
    }

    /** The response is over a strict response limit: 500. */
    public static Problem responseTooLarge(long limit) {
        return of("response-too-large", "Response too large", 500,
                "The response is larger than this route's strict limit of " + Sizes.format(limit));
    }

    /**
     * The request's parameters or body break the handler's Bean Validation constraints: 400, with
     * a {@code violations} member listing each one.
     *
     * @param violations each with {@code in} (body, path, query, header, cookie, form), {@code field}
     *        (the property path inside it, or the parameter name) and {@code message}
     */
    public static Problem validationFailed(java.util.List<Map<String, String>> violations) {
        String detail = violations.size() == 1 ? "1 constraint is violated" : violations.size() + " constraints are violated";
        return new Problem(TYPE_BASE + "validation-failed", "Validation failed", 400, detail, Map.of("violations", violations));
    }

    /** The handler did not start its response within the route's time limit: 504. */
    public static Problem handlerTimeout(long millis) {
        return of("handler-timeout", "Handler timed out", 504,
                "The route's handler did not answer within its time limit of " + Durations.format(millis));
    }

    /** The route is not served in this node's region, and no listed region has a URL: 404. */
    public static Problem regionNotServed(String region, java.util.List<String> regions) {
        return of("region-not-served", "Route not served in this region", 404,
                "This route is served in " + String.join(", ", regions) + ", not in " + region);
    }

    /** A CORS preflight asks for an origin, method or header the route's policy does not allow: 403. */
    public static Problem corsRefused(String detail) {
        return of("cors-refused", "Cross-origin request refused", 403, detail);
    }

    /** The request has no credentials, or credentials the route's authorizer does not accept: 401. */
    public static Problem unauthorized(String detail) {
        return of("unauthorized", "Unauthorized", 401, detail);
    }

    /** The route's authorizer refuses the caller: 403. */
    public static Problem forbidden(String detail) {
        return of("forbidden", "Forbidden", 403, detail);
    }

    /** The client has used up the route's rate limit: 429. */
    public static Problem rateLimited(long retryAfterSeconds) {
        return of("rate-limited", "Too many requests", 429,
                "This route's rate limit is used up; retry in " + retryAfterSeconds + " s");
    }

    /** The cluster's rate-limit buckets cannot be reached, and limits fail closed: 503 [LIMIT-3-1]. */
    public static Problem rateLimitUnavailable() {
        return of("rate-limit-unavailable", "Service unavailable", 503,
                "This route's rate limit cannot be checked right now; retry shortly");
    }

    /** A handler sent to a WebSocket connection that is closed or never was open: 410 [WS-4-2]. */
    public static Problem connectionGone(String connectionId) {
        return of("connection-gone", "Gone", 410, "The WebSocket connection " + connectionId + " is gone");
    }

    /** The route's authorizer failed: 500, with no detail of the failure. */
    public static Problem authorizerFailed() {
        return of("authorizer-failed", "Internal server error", 500,
                "The route's authorizer failed; the server log has the details");
    }

    /** The handler failed: 500, with no detail of the failure. */
    public static Problem handlerFailed() {
        return of("handler-failed", "Internal server error", 500,
                "The route's handler failed; the server log has the details");
    }

    /** A request that breaks HTTP/1.1's message syntax or framing (RFC 9112): 400, and the connection closes. */
    public static Problem invalidRequest(String detail) {
        return of("invalid-request", "Invalid HTTP request", 400, detail);
    }

    /** A request line longer than the server reads: 414. */
    public static Problem requestLineTooLong(int max) {
        return of("path-too-long", "Request path too long", 414, "The request line is longer than " + max + " bytes");
    }

    /** Request headers (or a body's trailers) larger than the server reads: 431. */
    public static Problem headersTooLarge(int max) {
        return of("headers-too-large", "Request header fields too large", 431,
                "The request's header fields take more than " + max + " bytes");
    }

    /** More header fields than the server reads: 431. */
    public static Problem tooManyHeaderFields(int max) {
        return of("headers-too-large", "Request header fields too large", 431, "The request has more than " + max + " header fields");
    }

    /** A request whose headers or body did not arrive in time: 408, and the connection closes. */
    public static Problem requestTimeout(String detail) {
        return of("request-timeout", "Request timeout", 408, detail);
    }

    /** A method or transfer coding the server does not implement: 501. */
    public static Problem notImplemented(String detail) {
        return of("not-implemented", "Not implemented", 501, detail);
    }

    /** An HTTP version other than 1.0 and 1.1: 505. */
    public static Problem versionNotSupported(String version) {
        return of("http-version-not-supported", "HTTP version not supported", 505,
                version + " is not supported; send HTTP/1.1");
    }

    /**
     * An HTTP status a handler ended its request with, without choosing a body (RFC 9457
     * {@code about:blank}): the status's standard title and a fixed detail, never text of the
     * handler's, such as an exception's message.
     */
    public static Problem handlerStatus(int status) {
        return new Problem("about:blank", StatusTitles.of(status), status, "The route's handler ended the request with this status");
    }

    /**
     * An error status of a plain JAX-RS resource, or of JAX-RS matching its resources, as a problem.
     *
     * @param status the status
     * @return the problem, of type {@code about:blank}
     */
    public static Problem resourceStatus(int status) {
        return new Problem("about:blank", StatusTitles.of(status), status, "The request was answered with this status");
    }

    private static Problem of(String slug, String title, int status, String detail) {
        return new Problem(TYPE_BASE + slug, title, status, detail);
    }

    /**
     * This problem as a JAX-RS response.
     *
     * @param instance the request path the problem occurred at
     * @return a response with an {@code application/problem+json} body
     */
    public Response toResponse(String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("title", title);
        body.put("status", status);
        if (detail != null) {
            body.put("detail", detail);
        }
        if (instance != null) {
            body.put("instance", instance);
        }
        body.putAll(members);
        byte[] json = JsonCodec.toBytes(body);
        return Response.status(status).type(MEDIA_TYPE).header("Content-Length", json.length).entity(json).build();
    }
}
