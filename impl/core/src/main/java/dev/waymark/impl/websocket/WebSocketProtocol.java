package dev.waymark.impl.websocket;

import dev.waymark.websocket.Connections;

/**
 * A WebSocket subprotocol served on a connection of its own, such as GraphQL's
 * {@code graphql-transport-ws} [GQL-4-1]: the runtime accepts, limits, logs and ends the
 * connections as it does a WebSocket API's, and hands the protocol each text message.
 */
public interface WebSocketProtocol {

    /**
     * The subprotocol clients ask for in {@code Sec-WebSocket-Protocol}.
     *
     * @return such as {@code graphql-transport-ws}
     */
    String subprotocol();

    /**
     * A text message of a connection; the first one of a connection opens its session.
     *
     * @param connectionId the connection
     * @param text the message
     * @param connections where to send the connection's answers
     */
    void received(String connectionId, String text, Connections connections);

    /**
     * A connection has ended, once per connection.
     *
     * @param connectionId the connection
     */
    void closed(String connectionId);
}
