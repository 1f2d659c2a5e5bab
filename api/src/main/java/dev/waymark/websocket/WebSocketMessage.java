package dev.waymark.websocket;

/**
 * A message a {@link WebSocketHandler} of a {@link WebSocketRouteTable} receives [WS-1-3]: text or
 * binary as it arrived, readable in either form and bound from JSON. The events
 * {@code $connect} and {@code $disconnect} carry an empty message.
 *
 * @since 0.1
 */
public interface WebSocketMessage {

    /**
     * Whether the message arrived as a binary frame.
     *
     * @return {@code true} for binary, {@code false} for text or no message
     */
    boolean binary();

    /**
     * Whether there is no message: the event is {@code $connect} or {@code $disconnect}.
     *
     * @return {@code true} if empty
     */
    boolean empty();

    /**
     * The message as text; binary messages are decoded as UTF-8.
     *
     * @return the text; the empty string for no message
     */
    String text();

    /**
     * The message as bytes; text is encoded as UTF-8.
     *
     * @return the bytes; empty for no message
     */
    byte[] bytes();

    /**
     * The message bound from JSON with JSON-B, as a handler parameter of that type is.
     *
     * @param type such as {@code Map.class} or a record
     * @param <T> the type
     * @return the bound value, or null for no message
     * @throws IllegalArgumentException if the message is not JSON of that type; if the handler
     *         lets it escape, the sender gets an error message naming the problem (status 400 in
     *         the access log) and the connection stays open
     */
    <T> T as(Class<T> type);
}
