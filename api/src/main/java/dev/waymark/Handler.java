package dev.waymark;

/**
 * A programmatic route handler, added to a {@link RouteTable}.
 *
 * <p>Its return value follows the same rules as a {@link Route} method's: an object is written as
 * JSON with status 200, a {@code String} as {@code text/plain}, {@code null} gives 204 unless the
 * handler answered through the {@link ApiResponse}, a {@code jakarta.ws.rs.core.Response} is sent
 * as it is, and a {@code CompletionStage} completes the request asynchronously. An exception
 * answers 500 problem, or the status of a {@code jakarta.ws.rs.WebApplicationException}; an
 * exception's message never reaches the client, a response with a body does.
 *
 * <pre>
 * table.add("GET /hello/{name}", (request, response) -&gt; "hello " + request.pathParam("name"));
 * table.add("POST /echo", (request, response) -&gt; {
 *     response.status(201).json(request.bodyAs(Map.class));
 *     return null;
 * });
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface Handler {

    /**
     * Handles one request.
     *
     * @param request the request, with the path parameters of the matched route
     * @param response the response under construction
     * @return the response body or a response, as described above
     * @throws Exception any failure; it becomes an error response and never reaches the client as a stack trace
     */
    Object handle(ApiRequest request, ApiResponse response) throws Exception;
}
