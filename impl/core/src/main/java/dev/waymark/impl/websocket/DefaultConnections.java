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
    private final MessageSender sender;
    private final ExecutorService broadcasts;

    /**
     * Creates the service.
     *
     * @param registry where the connections are
     * @param sender how the container writes a message
     * @param broadcasts runs the slices of a broadcast
     */
    DefaultConnections(ConnectionRegistry registry, MessageSender sender, ExecutorService broadcasts) {
        this.registry = registry;
        this.sender = sender;
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
     * Sends to the accepted connections in slices on the broadcast threads [WS-4-1]. The message is
     * prepared once (encoded and framed once, where the container allows it), and each slice starts
     * a write on each of its connections in turn before it waits for them all, so that a thread does
     * not wait for one connection's write before it starts the next. A connection registered by
     * another {@link ConnectionRegistry} is sent to through {@link ConnectionRegistry.Entry#send}.
     */
    @Override
    public int broadcast(Object message, Predicate<ConnectionInfo> filter) {
        Object frame = Frames.prepare(message);
        MessageSender.Prepared prepared = sender.prepare(frame);
        List<ConnectionRegistry.Entry> entries = List.copyOf(registry.all());
        int slices = Math.min(SLICES, Math.max(1, entries.size() / MIN_SLICE));
        if (slices == 1) {
            return sendAll(entries, frame, prepared, filter);
        }
        List<Future<Integer>> pending = new ArrayList<>(slices);
        int size = (entries.size() + slices - 1) / slices;
        for (int from = 0; from < entries.size(); from += size) {
            List<ConnectionRegistry.Entry> slice = entries.subList(from, Math.min(entries.size(), from + size));
            pending.add(broadcasts.submit(() -> sendAll(slice, frame, prepared, filter)));
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

    /**
     * Sends to the connections of a slice a filter accepts and counts those whose write succeeded:
     * a connection gone before its write, or whose write failed, is not counted.
     */
    private static int sendAll(List<ConnectionRegistry.Entry> entries, Object frame, MessageSender.Prepared prepared,
            Predicate<ConnectionInfo> filter) {
        int sent = 0;
        List<Future<?>> writes = new ArrayList<>(entries.size());
        for (ConnectionRegistry.Entry entry : entries) {
            if (filter.test(entry.info())) {
                try {
                    if (entry instanceof ConnectionEndpoint connection) {
                        writes.add(connection.start(prepared));
                    } else {
                        entry.send(frame);
                        sent++;
                    }
                } catch (GoneException e) {
                    continue;
                }
            }
        }
        for (Future<?> write : writes) {
            if (ConnectionEndpoint.written(write)) {
                sent++;
            }
        }
        return sent;
    }
}
