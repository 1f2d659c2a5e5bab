package dev.waymark.impl.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;

/** {@link Connections} over a {@link ConnectionRegistry} [WS-4-1, WS-4-2]. */
final class DefaultConnections implements Connections {

    /** The most slices a broadcast is cut into. */
    private static final int SLICES = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    /** The fewest connections worth a slice of their own. */
    private static final int MIN_SLICE = 256;

    private final ConnectionRegistry registry;
    private final ExecutorService broadcasts;

    /**
     * Creates the service.
     *
     * @param registry where the connections are
     * @param broadcasts runs the slices of a broadcast
     */
    DefaultConnections(ConnectionRegistry registry, ExecutorService broadcasts) {
        this.registry = registry;
        this.broadcasts = broadcasts;
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

    /**
     * Sends to the accepted connections in slices on the broadcast threads, each slice in turn
     * [WS-4-1]: a blocking send waits for its write, so one thread alone leaves the cores idle.
     */
    @Override
    public int broadcast(Object message, Predicate<ConnectionInfo> filter) {
        Object frame = Frames.prepare(message);
        List<ConnectionRegistry.Entry> entries = List.copyOf(registry.all());
        int slices = Math.min(SLICES, Math.max(1, entries.size() / MIN_SLICE));
        if (slices == 1) {
            return sendAll(entries, frame, filter);
        }
        List<Future<Integer>> pending = new ArrayList<>(slices);
        int size = (entries.size() + slices - 1) / slices;
        for (int from = 0; from < entries.size(); from += size) {
            List<ConnectionRegistry.Entry> slice = entries.subList(from, Math.min(entries.size(), from + size));
            pending.add(broadcasts.submit(() -> sendAll(slice, frame, filter)));
        }
        int sent = 0;
        for (Future<Integer> slice : pending) {
            sent += await(slice);
        }
        return sent;
    }

    private static int await(Future<Integer> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while broadcasting", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("A broadcast slice failed", e.getCause());
        }
    }

    private static int sendAll(List<ConnectionRegistry.Entry> entries, Object frame, Predicate<ConnectionInfo> filter) {
        int sent = 0;
        for (ConnectionRegistry.Entry entry : entries) {
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
