package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the API's {@code $default} route: the handler for every request under the API's base
 * path that no other route takes, whatever its method [ROUTE-4-1].
 *
 * <p>{@code @CatchAll} is the same as {@code @Route("$default")}. An API has at most one; two APIs
 * with the same base path cannot both have one. With a {@code $default}, the implementation never
 * answers 404 or 405 for a request under the base path: the handler decides.
 *
 * <pre>
 * &#64;CatchAll
 * public Response fallback(ApiRequest request) {
 *     return Response.status(404).entity("no note route for " + request.path()).build();
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CatchAll {
}
