package dev.waymark.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Serves the management endpoint of a {@link WebSocketApi}'s connections over HTTP [WS-4-4], as
 * API Gateway's {@code @connections} API, at {@code {path}/@connections/{connectionId}}:
 *
 * <ul>
 * <li>{@code POST} sends the request body to the connection: as a binary message if its
 * {@code Content-Type} is {@code application/octet-stream}, else as text; answers 204;</li>
 * <li>{@code GET} answers 200 with the connection's info as JSON ({@code connectionId},
 * {@code api}, {@code connectedAt}, {@code lastActiveAt}, {@code sourceIp}, and
 * {@code principal} when the connection has an identity);</li>
 * <li>{@code DELETE} closes the connection (its {@code $disconnect} runs) and answers 204.</li>
 * </ul>
 *
 * <p>A connection that is not open is a 410 problem of type {@code connection-gone}. A body
 * larger than the API's maximum message size is refused with 413. The endpoint is guarded by one
 * of the API's authorizers, named by {@link #authorizer()}; naming an authorizer the API does not
 * declare fails deployment. Without this annotation there is no endpoint.
 *
 * <pre>
 * &#64;WebSocketApi(path = "/chat")
 * &#64;CustomAuthorizer(name = "ops", authorizer = OpsKey.class, identitySource = "$request.header.X-Ops-Key")
 * &#64;ConnectionsEndpoint(authorizer = "ops")
 * public class ChatApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ConnectionsEndpoint {

    /**
     * The authorizer that guards the endpoint: one the API declares, or
     * {@link dev.waymark.auth.Authorize#NONE} for an open endpoint (only for a network no one else
     * reaches).
     *
     * @return the authorizer's name
     */
    String authorizer();

    /**
     * The scopes of which a caller's JWT must carry one, for a JWT authorizer.
     *
     * @return the scopes; empty (default) for none
     */
    String[] scopes() default {};
}
