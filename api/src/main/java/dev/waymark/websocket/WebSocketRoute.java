package dev.waymark.websocket;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler of a {@link WebSocketApi} for one route key [WS-1-1]: {@code $connect},
 * {@code $disconnect}, {@code $default}, or a custom key such as {@code sendMessage}.
 *
 * <p>A handler takes, in any order, any of: the message as a {@code String}, a {@code byte[]}, a
 * {@link WebSocketMessage}, or a type bound from its JSON (a {@code Map}, a record); the
 * {@link WebSocketEvent}; the
 * {@link dev.waymark.auth.Identity}; or nothing. What it returns, unless {@code void} or null, is
 * sent back to the sender: a {@code String} as text, a {@code byte[]} as binary, anything else as
 * JSON [WS-2-2]. A {@code $connect} handler refuses the connection by throwing a
 * {@code jakarta.ws.rs.WebApplicationException}: the upgrade is answered with its status and no
 * socket opens [WS-3-1]. {@code $disconnect} runs exactly once for every accepted connection,
 * whatever ends it [WS-5-2].
 *
 * <pre>
 * &#64;WebSocketRoute("$connect")
 * public void connect(WebSocketEvent event) {
 *     if (event.query("room").isEmpty()) {
 *         throw new BadRequestException("room is required");
 *     }
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface WebSocketRoute {

    /** The key of the connection's opening. */
    String CONNECT = "$connect";

    /** The key of the connection's end. */
    String DISCONNECT = "$disconnect";

    /** The key of messages no other route takes. */
    String DEFAULT = "$default";

    /**
     * The route key.
     *
     * @return {@code $connect}, {@code $disconnect}, {@code $default} or a custom key
     */
    String value();
}
