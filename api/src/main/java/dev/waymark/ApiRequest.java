package dev.waymark;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The request as a handler sees it: the matched route, its path parameters, query, headers,
 * cookies and body.
 *
 * <p>Path parameters are percent-decoded exactly once [ROUTE-5-1]: a request for
 * {@code /post/a%2Fb} matched by {@code /post/{pid}} has {@code pid} = {@code a/b}. A catch-all
 * parameter ({@code {name+}}, {@code {name*}}) is a list of decoded segments; as a single string it
 * is those segments joined with {@code /}. Query parameters are decoded as
 * {@code application/x-www-form-urlencoded} ({@code +} is a space). Header names are
 * case-insensitive.
 *
 * <pre>
 * table.add("GET /files/{path*}", (request, response) -&gt; Map.of(
 *         "segments", request.pathSegments("path"),
 *         "sort", request.query("sort").orElse("name"),
 *         "agent", request.header("User-Agent").orElse("")));
 * </pre>
 *
 * @since 0.1
 */
public interface ApiRequest {

    /**
     * The HTTP method.
     *
     * @return the method as sent, such as {@code GET}
     */
    String method();

    /**
     * The request path, relative to the application root, as sent (not decoded).
     *
     * @return the raw path, starting with {@code /}
     */
    String path();

    /**
     * The request id [LOG-2-1]: generated for each request, or taken from the header
     * {@code waymark.request-id.header} names when the request has a valid one, and sent back in
     * the {@code X-Request-Id} response header and in the access log line.
     *
     * @return the id
     */
    String requestId();

    /**
     * The address of the client, as the container saw it ({@code $context.identity.sourceIp}).
     *
     * @return an IP address, or {@code -} if the container does not tell
     */
    String sourceIp();

    /**
     * Who called, as the route's authorizer established it [AUTH-1-5].
     *
     * @return the identity; empty on a route without an authorizer
     */
    Optional<dev.waymark.auth.Identity> identity();

    /**
     * The key of the route that took the request.
     *
     * @return a key such as {@code GET /notes/{id}}, or {@code $default}
     */
    String routeKey();

    /**
     * One path parameter.
     *
     * @param name the parameter name of the route key
     * @return the decoded value (catch-all segments joined with {@code /}), or {@code null} if the
     *         route has no such parameter
     */
    String pathParam(String name);

    /**
     * A path parameter as its list of decoded segments.
     *
     * @param name the parameter name of the route key
     * @return the segments (one for a {@code {name}} parameter, possibly none for {@code {name*}}),
     *         or an empty list if the route has no such parameter
     */
    List<String> pathSegments(String name);

    /**
     * All path parameters.
     *
     * @return parameter name to decoded value, as {@link #pathParam(String)} gives it
     */
    Map<String, String> pathParams();

    /**
     * The first value of a query parameter.
     *
     * @param name the parameter name
     * @return its first value, if present
     */
    Optional<String> query(String name);

    /**
     * All values of a query parameter.
     *
     * @param name the parameter name
     * @return the values in request order; empty if absent
     */
    List<String> queryAll(String name);

    /**
     * All query parameters.
     *
     * @return parameter name to its values, in request order
     */
    Map<String, List<String>> queryParams();

    /**
     * The first value of a header.
     *
     * @param name the header name, in any case
     * @return its first value, if present
     */
    Optional<String> header(String name);

    /**
     * All headers.
     *
     * @return header name to values; look-ups ignore case
     */
    Map<String, List<String>> headers();

    /**
     * The value of a request cookie.
     *
     * @param name the cookie name
     * @return its value, if the request has the cookie
     */
    Optional<String> cookie(String name);

    /**
     * All request cookies.
     *
     * @return cookie name to value
     */
    Map<String, String> cookies();

    /**
     * The body as bytes, read once and kept.
     *
     * @return the body; empty if there is none
     */
    byte[] body();

    /**
     * The body as text, decoded with the charset of its {@code Content-Type} (UTF-8 by default).
     *
     * @return the body text; empty if there is none
     */
    String bodyAsString();

    /**
     * The body bound to a Java type: JSON through JSON-B, or a JSON-P value for
     * {@code jakarta.json.JsonValue} and its subtypes [BODY-2-1].
     *
     * @param type the type to bind to
     * @param <T> the type
     * @return the bound value, or {@code null} for an empty body
     * @throws RuntimeException if the body is not valid JSON for the type, which ends the request
     *         with a 400 problem saying where, or has a {@code Content-Type} that is not JSON, which
     *         ends it with a 415 problem; a handler need not catch it
     */
    <T> T bodyAs(Class<T> type);

    /**
     * The fields of a form body [BODY-2-3]: an {@code application/x-www-form-urlencoded} body, or
     * the parts of a {@code multipart/form-data} body that are not files.
     *
     * @return field name to its values, in body order
     * @throws RuntimeException if the body is of another content type, which ends the request
     *         with a 415 problem, or is malformed, which ends it with a 400 problem; a handler need
     *         not catch it
     */
    Map<String, List<String>> form();

    /**
     * The parts of a {@code multipart/form-data} body, fields and files [BODY-2-4].
     *
     * @return the parts, in body order
     * @throws RuntimeException if the body is of another content type, which ends the request
     *         with a 415 problem, or is malformed, which ends it with a 400 problem; a handler need
     *         not catch it
     */
    List<FormPart> parts();

    /**
     * The body as a stream, for a handler that reads it incrementally. It can be read once, and
     * not after {@link #body()}.
     *
     * @return the body stream
     */
    InputStream bodyStream();
}
