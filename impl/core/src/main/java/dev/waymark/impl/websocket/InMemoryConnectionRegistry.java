package dev.waymark.impl.websocket;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import dev.waymark.spi.ConnectionRegistry;

/** The default registry: the connections of this node, in memory [WS-4-3]. */
public final class InMemoryConnectionRegistry implements ConnectionRegistry {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    @Override
    public void add(Entry entry) {
        entries.put(entry.info().connectionId(), entry);
    }

    @Override
    public void remove(String connectionId) {
        entries.remove(connectionId);
    }

    @Override
    public Optional<Entry> find(String connectionId) {
        return Optional.ofNullable(entries.get(connectionId));
    }

    @Override
    public Collection<Entry> all() {
        return List.copyOf(entries.values());
    }
}
