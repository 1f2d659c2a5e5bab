package dev.waymark.spi;

import java.util.Collection;
import java.util.Optional;

import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.GoneException;

/**
 * Where an implementation keeps the open WebSocket connections behind
 * {@link dev.waymark.websocket.Connections} [WS-4-3]: in memory by default. An application that
 * declares a CDI bean of this type has its connections kept there instead: the implementation adds
 * each connection when it opens, finds it there to send to it, read its info or close it, lists
 * {@link #all()} for a broadcast, and removes it when it ends.
 *
 * @since 0.1
 */
public interface ConnectionRegistry {

    /** A connection as the registry holds it. */
    interface Entry {

        /**
         * What is known of the connection.
         *
         * @return the info
         */
        ConnectionInfo info();

        /**
         * Sends a message.
         *
         * @param message a {@code String}, {@code byte[]} or an object sent as JSON
         * @throws GoneException if the connection is closed
         */
        void send(Object message);

        /** Closes the connection. */
        void close();
    }

    /**
     * Adds an opened connection.
     *
     * @param entry the connection
     */
    void add(Entry entry);

    /**
     * Removes an ended connection.
     *
     * @param connectionId its id
     */
    void remove(String connectionId);

    /**
     * Finds a connection.
     *
     * @param connectionId its id
     * @return the connection, if open
     */
    Optional<Entry> find(String connectionId);

    /**
     * The open connections.
     *
     * @return a snapshot
     */
    Collection<Entry> all();
}
