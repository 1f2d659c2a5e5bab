package dev.waymark.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Chooses the authorizer of an API (on the class: SST's {@code defaults.authorizer}) or of one
 * route (on a handler method), with the scopes a JWT must carry [AUTH-1-2]. A route's choice
 * replaces its API's; {@link #NONE} opens a route of a guarded API. Without any {@code @Authorize}
 * a route is open.
 *
 * <p>Rules: the name MUST be {@link #NONE} or an authorizer the API declares, else deployment fails
 * naming the route and the unknown name [AUTH-1-3]. A request the authorizer refuses never reaches
 * the handler; a CORS preflight never reaches the authorizer [AUTH-1-4]. Scopes apply to
 * {@link JwtAuthorizer JWT} authorizers only: the token passes if its {@code scope} (space
 * separated) or {@code scp} claim holds at least one of them, as in API Gateway, else the answer is
 * 403 [AUTH-2-4].
 *
 * <pre>
 * &#64;Api(name = "notes")
 * &#64;JwtAuthorizer(name = "auth0", issuer = "https://example.auth0.com/", audiences = "notes")
 * &#64;Authorize("auth0")
 * public class NotesApi {
 *     &#64;Route("GET /health") &#64;Authorize(Authorize.NONE)
 *     public String health() { return "ok"; }
 *
 *     &#64;Route("POST /notes") &#64;Authorize(value = "auth0", scopes = "notes:write")
 *     public Note create(NoteDraft draft) { ... }
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authorize {

    /** The name that leaves a route open. */
    String NONE = "none";

    /**
     * The authorizer.
     *
     * @return the name of an authorizer the API declares, or {@link #NONE}
     */
    String value();

    /**
     * The scopes of which a JWT must carry at least one.
     *
     * @return scope names; default none (any valid token passes)
     */
    String[] scopes() default {};
}
