package dev.waymark;

/**
 * One route of a {@link RouteTable}, as it is served.
 *
 * <pre>
 * for (RouteInfo route : table.routes()) {
 *     System.out.println(route.method() + " " + route.path() + " -&gt; " + route.handler());
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface RouteInfo {

    /**
     * The route key as declared, for example {@code GET /notes/{id}}.
     *
     * @return the normalised key: one space between method and path
     */
    String key();

    /**
     * The method of the key.
     *
     * @return {@code GET}, ..., {@code ANY}, or {@code $default}
     */
    String method();

    /**
     * The full path served: the API's base path joined with the key's path.
     *
     * @return a path such as {@code /api/notes/{id}}; for {@code $default} the base path followed by {@code /*}
     */
    String path();

    /**
     * A description of the handler, for logs and introspection.
     *
     * @return for a method, {@code Class#method}; for a programmatic handler, its class name
     */
    String handler();
}
