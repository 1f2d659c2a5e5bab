package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a handler method of an {@link Api} class as the route for a route key.
 *
 * <p>A route key is {@code METHOD PATH}, {@code ANY PATH} or {@code $default} [ROUTE-2-1]. Methods
 * are {@code GET POST PUT PATCH DELETE HEAD OPTIONS ANY}, in upper case; runs of white space count
 * as one. A path is a sequence of segments, each one of:
 * <ul>
 *   <li>a literal, such as {@code notes};</li>
 *   <li>{@code {name}} or {@code [name]}: exactly one non-empty segment;</li>
 *   <li>{@code {name+}} or {@code [...name]}: one or more segments, last segment only;</li>
 *   <li>{@code {name*}} or {@code [[...name]]}: zero or more segments, last segment only.</li>
 * </ul>
 * A parameter is always a whole segment. An invalid key, or two routes of the same method and the
 * same shape, fail deployment with an {@link ApiDeploymentException} naming the routes.
 *
 * <p>Precedence does not depend on declaration order [ROUTE-3-1]: segment by segment from the left,
 * a literal beats {@code {name}}, which beats {@code {name+}}, which beats {@code {name*}}; for the
 * same path an exact method beats {@code ANY}; {@code $default} comes last.
 *
 * <p>A handler method may declare, in any order: parameters annotated with
 * {@code jakarta.ws.rs.PathParam}, {@code QueryParam}, {@code HeaderParam} or {@code CookieParam}
 * (optionally with {@code DefaultValue}); an {@link ApiRequest}; an {@link ApiResponse}; and at most
 * one unannotated parameter, which receives the request body bound by its type. Its return value is
 * the response: an object is written as JSON with status 200, a {@code String} as
 * {@code text/plain}, {@code void} or {@code null} gives 204 unless the handler answered through
 * its {@link ApiResponse}, a {@code jakarta.ws.rs.core.Response} is sent as it is, and a
 * {@code CompletionStage} completes the request asynchronously with one of these.
 *
 * <pre>
 * &#64;Route("GET /notes/{id}")
 * public Note get(&#64;PathParam("id") long id) { return notes.find(id); }
 *
 * &#64;Route("GET /files/[...path]")
 * public String file(&#64;PathParam("path") List&lt;String&gt; path) { return String.join("|", path); }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Route {

    /**
     * The route key.
     *
     * @return a key such as {@code "GET /notes/{id}"}, {@code "ANY /proxy/{path+}"} or {@code "$default"}
     */
    String value();
}
