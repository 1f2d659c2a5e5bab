package dev.waymark.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Stereotype;

/**
 * Declares a class as a WebSocket API [WS-1-1]: its {@link WebSocketRoute} methods handle the
 * connections of one path. Like {@link dev.waymark.Api}, it is a CDI stereotype whose default scope
 * is {@code @ApplicationScoped}.
 *
 * <p>Rules: each text message that is a JSON object is routed by {@link #routeSelection()}, an
 * expression {@code $request.body.<field>} (nested fields with dots) whose value is the route key;
 * a message that is not JSON, has no such field, or whose key has no route goes to
 * {@code $default}; without a {@code $default} the sender gets a JSON error message and the
 * connection stays open [WS-2-1]. Binary messages go to {@code $default}. Two routes with one key,
 * an invalid expression or limit, or a handler parameter that cannot be supplied fail deployment
 * [WS-1-2]. A message larger than {@link #maxMessageSize()} closes the connection with 1009; a
 * connection idle for {@link #idleTimeout()}, or open for {@link #maxDuration()}, is closed
 * [WS-5-1].
 *
 * <pre>
 * &#64;WebSocketApi(path = "/chat")
 * public class ChatApi {
 *     &#64;Inject Connections connections;
 *
 *     &#64;WebSocketRoute("sendMessage")
 *     public void send(Map&lt;String, Object&gt; message) {
 *         connections.broadcast(Map.of("message", message.get("data")), connection -&gt; true);
 *     }
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
public @interface WebSocketApi {

    /**
     * The name of the API, unique in a deployment.
     *
     * @return the name; the empty string (default) means the simple name of the class
     */
    String name() default "";

    /**
     * The path clients connect to.
     *
     * @return a path of literal segments, such as {@code /chat}
     */
    String path();

    /**
     * How the route key is taken from a message.
     *
     * @return {@code $request.body.<field>}; default {@code $request.body.action}
     */
    String routeSelection() default "$request.body.action";

    /**
     * The largest message accepted.
     *
     * @return a size such as {@code "128kb"} (default, as API Gateway)
     */
    String maxMessageSize() default "128kb";

    /**
     * How long a connection may be idle.
     *
     * @return a duration; default {@code "10m"}, as API Gateway
     */
    String idleTimeout() default "10m";

    /**
     * How long a connection may stay open.
     *
     * @return a duration; default {@code "2h"}, as API Gateway
     */
    String maxDuration() default "2h";
}
