package dev.waymark;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

/**
 * Declares a class as an API: a named group of routes served under one base path.
 *
 * <p>Every method of the class annotated {@link Route} or {@link CatchAll} is a route of the API.
 * {@code @Api} is a CDI stereotype whose default scope is {@code @ApplicationScoped}: where CDI is
 * present, an annotated class is a bean without further annotations (a scope annotation on the
 * class overrides the default), and the implementation invokes its handler methods on the
 * contextual reference. A bare {@code @Api} is an API named after the simple name of its class,
 * served at base path {@code /} on every host that no API's {@link #domain()} claims.
 *
 * <p>Rules [ROUTE-1-1]: the base path MUST start with {@code /} and consist of literal segments
 * only; deployment fails with an {@link ApiDeploymentException} otherwise. Every route key of the
 * API is resolved relative to the base path.
 *
 * <pre>
 * &#64;Api(name = "notes", basePath = "/api")
 * public class NotesApi {
 *     &#64;Route("GET /notes/{id}")
 *     public Note get(&#64;PathParam("id") long id) { ... }   // serves GET /api/notes/42
 * }
 * </pre>
 *
 * @since 0.1
 */
@Stereotype
@ApplicationScoped
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Api {

    /**
     * The name of the API, unique in a deployment.
     *
     * @return the name; the empty string (default) means the simple name of the annotated class
     */
    String name() default "";

    /**
     * The base path every route of the API is served under.
     *
     * @return a path of literal segments starting with {@code /}; default {@code /}
     */
    String basePath() default "/";

    /**
     * The host name the API is bound to, like SST's {@code customDomain} [DOMAIN-1-1]: the API then
     * answers only requests whose {@code Host} matches, and several APIs can share a domain on
     * different base paths. Configuration {@code waymark.api.<name>.domain} replaces it.
     *
     * @return a host name such as {@code api.example.com}, or a wildcard such as
     *         {@code *.example.com}; the empty string (default) binds the API to no domain
     */
    String domain() default "";
}
