package dev.waymark.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an authorizer that leaves authentication to the container [AUTH-4-1]: the caller is the
 * principal of the request's JAX-RS {@code SecurityContext} (the server's own security, Jakarta
 * Security, or a JAX-RS filter that sets it), and the roles are those of
 * {@code jakarta.annotation.security.RolesAllowed} on the handler method, else on the API class.
 *
 * <p>Rules: Waymark, not the container, decides the status, so it is the same on every server:
 * a request without a principal is answered 401 with a {@code WWW-Authenticate} challenge of the
 * security context's scheme (else {@code Basic}); a principal in none of the roles, 403
 * [AUTH-4-2]. Routes of the edge runtime have no container request, so choosing a container
 * authorizer for one fails deployment.
 *
 * <pre>
 * &#64;Api(name = "admin")
 * &#64;ContainerAuthorizer(name = "server")
 * &#64;Authorize("server")
 * public class AdminApi {
 *     &#64;Route("DELETE /users/{id}") &#64;RolesAllowed("admin")
 *     public void delete(&#64;PathParam("id") String id) { ... }
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ContainerAuthorizer {

    /**
     * The authorizer's name, unique in its API.
     *
     * @return the name {@link Authorize} chooses it by; default {@code container}
     */
    String name() default "container";
}
