package dev.waymark.websocket;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The open connections of the application's WebSocket APIs, to send to from anywhere: a REST
 * handler, a scheduled job, another connection's route [WS-4-1]. Where CDI is present it is a bean:
 * {@code @Inject Connections connections}.
 *
 * <p>A message is sent as text if it is a {@code String}, as binary if it is a {@code byte[]},
 * and as JSON otherwise. Sending to a connection that is closed, or never was open, throws
 * {@link GoneException} [WS-4-2]. On the nodes of a cluster every method reaches the connections of
 * every node; a call about a connection whose node does not answer in time throws
 * {@code jakarta.ws.rs.ServiceUnavailableException} (a 503 answer) [WS-8-1].
 *
 * <pre>
 * &#64;Route("POST /push/{id}")
 * public void push(&#64;PathParam("id") String id, Map&lt;String, Object&gt; message) {
 *     connections.send(id, message);          // GoneException: 410 problem
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface Connections {

    /**
     * Sends a message to one connection.
     *
     * @param connectionId the connection
     * @param message a {@code String}, a {@code byte[]}, or an object sent as JSON
     * @throws GoneException if the connection is not open
     */
    void send(String connectionId, Object message);

    /**
     * What is known of a connection.
     *
     * @param connectionId the connection
     * @return its info, or empty if it is not open
     */
    Optional<ConnectionInfo> info(String connectionId);

    /**
     * Closes a connection; its {@code $disconnect} runs.
     *
     * @param connectionId the connection
     * @return {@code true} if it was open
     */
    boolean close(String connectionId);

    /**
     * The open connections.
     *
     * @return a snapshot
     */
    List<ConnectionInfo> list();

    /**
     * Sends a message to every open connection a filter accepts; connections that close meanwhile
     * are skipped.
     *
     * @param message as for {@link #send(String, Object)}
     * @param filter which connections
     * @return how many were sent the message
     */
    int broadcast(Object message, Predicate<ConnectionInfo> filter);
}
