package dev.waymark.websocket;

/**
 * The handler of one route of a {@link WebSocketRouteTable} [WS-1-3]: the programmatic
 * counterpart of a {@link WebSocketRoute} method.
 *
 * <pre>
 * table.add("sendMessage", (message, event) -&gt; {
 *     connections.broadcast(Map.of("message", message.as(Map.class).get("data")), connection -&gt; true);
 *     return null;
 * });
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface WebSocketHandler {

    /**
     * Handles an event.
     *
     * @param message the message; empty for {@code $connect} and {@code $disconnect}
     * @param event the connection and route key
     * @return what to send back to the sender (as {@link Connections#send(String, Object)}
     *         sends), or null for nothing; ignored for {@code $connect} and {@code $disconnect}
     * @throws Exception a failure: for {@code $connect} a
     *         {@code jakarta.ws.rs.WebApplicationException} refuses the connection with its status,
     *         anything else with 500; for a message the sender gets an error message
     */
    Object handle(WebSocketMessage message, WebSocketEvent event) throws Exception;
}
