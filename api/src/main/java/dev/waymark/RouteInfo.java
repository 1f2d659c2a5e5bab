package dev.waymark;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

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

    /**
     * The runtime the route runs on [RUNTIME-1-1].
     *
     * @return {@code STANDARD} or {@code EDGE}
     */
    RouteRuntime runtime();

    /**
     * The regions that serve the route [RUNTIME-3-1].
     *
     * @return region ids; empty for every region
     */
    List<String> regions();

    /**
     * The body limit [BODY-1-1].
     *
     * @return the limit in bytes; empty for {@code unlimited}
     */
    OptionalLong bodyLimit();

    /**
     * The response limit [RESP-1-1].
     *
     * @return the limit in bytes; empty when off
     */
    OptionalLong responseLimit();

    /**
     * The time limit for starting the response [RUNTIME-4-1].
     *
     * @return the limit; empty for {@code none}
     */
    Optional<Duration> timeout();
}
