package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the runtime of a route, or of every route of an API, and the regions that serve it
 * [RUNTIME-1-1, RUNTIME-3-1]. A method's hint overrides its API's.
 *
 * <p>An {@link RouteRuntime#EDGE EDGE} handler streams: each chunk of the
 * {@link java.util.concurrent.Flow.Publisher} it returns is flushed as it is produced. Declaring a
 * parameter an edge handler cannot have (an {@code InputStream} body, a container type such as a
 * servlet request) fails deployment.
 *
 * <p>A node is told its region by {@code waymark.region}. A route restricted to other regions is
 * not served there: the request is redirected ({@code 307}) to the first listed region whose URL
 * is configured ({@code waymark.regions.<id>.url}), else answered {@code 404}.
 *
 * <pre>
 * &#64;Route("GET /clock")
 * &#64;RuntimeHint(value = RouteRuntime.EDGE, regions = {"iad1", "sfo1"})
 * Flow.Publisher&lt;ServerSentEvent&gt; clock() { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RuntimeHint {

    /**
     * The runtime.
     *
     * @return {@code STANDARD} or {@code EDGE}
     */
    RouteRuntime value();

    /**
     * The regions that serve the route.
     *
     * @return region ids such as {@code "iad1"}; empty (default) keeps the API's, and an API
     *         without any is served in every region
     */
    String[] regions() default {};
}
