package dev.waymark.cors;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The CORS policy of an API, of one route [CORS-1-1], or of a resource class or method of a plain
 * JAX-RS application on an application server [CORS-4-1]. A route's policy replaces its API's. Without any, an API allows every origin, method
 * and header, without credentials and without a max age, as SST does.
 *
 * <p>Preflight requests ({@code OPTIONS} with {@code Origin} and
 * {@code Access-Control-Request-Method}) are answered before any authorizer or handler runs
 * [CORS-2-1]. Allowing credentials with the wildcard origin {@code *} fails deployment [CORS-1-3].
 *
 * <pre>
 * &#64;Api(name = "notes")
 * &#64;Cors(allowOrigins = {"https://app.example.com", "https://*.preview.example.com"},
 *       allowCredentials = true, maxAge = "1h")
 * public class NotesApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Cors {

    /**
     * Whether CORS headers are sent at all.
     *
     * @return {@code false} to answer as if CORS did not exist (preflights then reach the routes)
     */
    boolean enabled() default true;

    /**
     * The origins allowed: exact origins ({@code https://app.example.com}), patterns with one
     * {@code *} standing for a run of host-name characters ({@code https://*.example.com}), or
     * {@code *} for any.
     *
     * @return the origins; default any
     */
    String[] allowOrigins() default "*";

    /**
     * The methods allowed in cross-origin requests.
     *
     * @return method names, or {@code *} for any; default any
     */
    String[] allowMethods() default "*";

    /**
     * The request headers allowed in cross-origin requests.
     *
     * @return header names (any case), or {@code *} for any; default any
     */
    String[] allowHeaders() default "*";

    /**
     * The response headers a cross-origin caller may read besides the safelisted ones.
     *
     * @return header names; default none
     */
    String[] exposeHeaders() default {};

    /**
     * Whether cookies and authorization headers may be sent; the origin is then echoed, never {@code *}.
     *
     * @return default {@code false}
     */
    boolean allowCredentials() default false;

    /**
     * How long a browser may cache a preflight answer.
     *
     * @return a duration such as {@code "10m"} or {@code "1h"}; the empty string (default) sends
     *         no {@code Access-Control-Max-Age}
     */
    String maxAge() default "";
}
