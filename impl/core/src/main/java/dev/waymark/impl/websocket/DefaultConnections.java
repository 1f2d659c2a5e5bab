package dev.waymark.impl.websocket;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;

/** {@link Connections} over a {@link ConnectionRegistry} [WS-4-1, WS-4-2]. */
public final class DefaultConnections implements Connections {

    private final ConnectionRegistry registry;

    /**
     * Creates the service.
     *
     * @param registry where the connections are
     */
    public DefaultConnections(ConnectionRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void send(String connectionId, Object message) {
        registry.find(connectionId).orElseThrow(() -> new GoneException(connectionId)).send(message);
    }

    @Override
    public Optional<ConnectionInfo> info(String connectionId) {
        return registry.find(connectionId).map(ConnectionRegistry.Entry::info);
    }

    @Override
    public boolean close(String connectionId) {
        Optional<ConnectionRegistry.Entry> entry = registry.find(connectionId);
        entry.ifPresent(ConnectionRegistry.Entry::close);
        return entry.isPresent();
    }

    @Override
    public List<ConnectionInfo> list() {
        return registry.all().stream().map(ConnectionRegistry.Entry::info).toList();
    }

    @Override
    public int broadcast(Object message, Predicate<ConnectionInfo> filter) {
        Object frame = Frames.prepare(message);
        int sent = 0;
        for (ConnectionRegistry.Entry entry : registry.all()) {
            if (filter.test(entry.info())) {
                try {
                    entry.send(frame);
                    sent++;
                } catch (GoneException e) {
                    continue;
                }
            }
        }
        return sent;
    }
}
