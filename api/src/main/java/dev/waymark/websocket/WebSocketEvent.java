package dev.waymark.websocket;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.auth.Identity;

/**
 * What a {@link WebSocketRoute} handler is told about the event it handles [WS-1-1]: the
 * connection, the route key, and the handshake the connection was opened with.
 *
 * @since 0.1
 */
public interface WebSocketEvent {

    /** The kinds of event, as the access log names them. */
    enum Type {
        /** The connection opens ({@code $connect}). */
        CONNECT,
        /** A message arrives. */
        MESSAGE,
        /** The connection has ended ({@code $disconnect}). */
        DISCONNECT
    }

    /**
     * The kind of event.
     *
     * @return the type
     */
    Type type();

    /**
     * The connection's id, for {@link Connections}.
     *
     * @return the id
     */
    String connectionId();

    /**
     * The route key that took the event.
     *
     * @return such as {@code sendMessage} or {@code $default}
     */
    String routeKey();

    /**
     * The id of this event, as in the access log.
     *
     * @return the id
     */
    String requestId();

    /**
     * The connection's address.
     *
     * @return an IP address, or {@code -}
     */
    String sourceIp();

    /**
     * A header of the handshake.
     *
     * @param name the header name, any case
     * @return its first value, if present
     */
    Optional<String> header(String name);

    /**
     * A query parameter of the handshake.
     *
     * @param name the parameter name
     * @return its first value, if present
     */
    Optional<String> query(String name);

    /**
     * The query parameters of the handshake.
     *
     * @return name to values
     */
    Map<String, List<String>> queryParams();

    /**
     * Who connected, as the API's {@code $connect} authorizer established it.
     *
     * @return the identity; empty without an authorizer
     */
    Optional<Identity> identity();
}
