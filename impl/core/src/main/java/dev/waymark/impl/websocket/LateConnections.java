package dev.waymark.impl.websocket;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;

/**
 * {@link Connections} for injection before the WebSocket container has started the APIs: every
 * call goes to the runtime's connections, looked up when made.
 */
public final class LateConnections implements Connections {

    private final Supplier<Connections> connections;

    /**
     * Creates the service.
     *
     * @param connections supplies the runtime's connections
     */
    public LateConnections(Supplier<Connections> connections) {
        this.connections = connections;
    }

    @Override
    public void send(String connectionId, Object message) {
        connections.get().send(connectionId, message);
    }

    @Override
    public Optional<ConnectionInfo> info(String connectionId) {
        return connections.get().info(connectionId);
    }

    @Override
    public boolean close(String connectionId) {
        return connections.get().close(connectionId);
    }

    @Override
    public List<ConnectionInfo> list() {
        return connections.get().list();
    }

    @Override
    public int broadcast(Object message, Predicate<ConnectionInfo> filter) {
        return connections.get().broadcast(message, filter);
    }
}
