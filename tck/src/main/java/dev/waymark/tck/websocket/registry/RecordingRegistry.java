package dev.waymark.tck.websocket.registry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import dev.waymark.spi.ConnectionRegistry;

/** The application's own connection registry: keeps the connections in a map, and records each call. */
// tag::registry[]
@ApplicationScoped
public class RecordingRegistry implements ConnectionRegistry {

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final List<String> calls = new ArrayList<>();

    @Override
    public void add(Entry entry) {
        record("add " + entry.info().connectionId());
        entries.put(entry.info().connectionId(), entry);
    }

    @Override
    public void remove(String connectionId) {
        record("remove " + connectionId);
        entries.remove(connectionId);
    }

    @Override
    public Optional<Entry> find(String connectionId) {
        record("find " + connectionId);
        return Optional.ofNullable(entries.get(connectionId));
    }

    @Override
    public Collection<Entry> all() {
        record("all");
        return List.copyOf(entries.values());
    }
    // end::registry[]

    /**
     * The calls so far.
     *
     * @return a snapshot, oldest first
     */
    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    private synchronized void record(String call) {
        calls.add(call);
    }
}
