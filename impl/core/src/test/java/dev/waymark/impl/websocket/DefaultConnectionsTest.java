package dev.waymark.impl.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.GoneException;

class DefaultConnectionsTest {

    /** A connection that records what it was sent, or is gone. */
    private static final class FakeConnection implements ConnectionRegistry.Entry {

        private final ConnectionInfo info;
        private final boolean gone;
        private final List<Object> received = new ArrayList<>();
        private final Set<String> threads;

        FakeConnection(int number, boolean gone, Set<String> threads) {
            this.info = new ConnectionInfo("c" + number, "api", Instant.EPOCH, Instant.EPOCH, number % 2 == 0 ? "even" : "odd",
                    Optional.empty());
            this.gone = gone;
            this.threads = threads;
        }

        @Override
        public ConnectionInfo info() {
            return info;
        }

        @Override
        public synchronized void send(Object message) {
            if (gone) {
                throw new GoneException(info.connectionId());
            }
            threads.add(Thread.currentThread().getName());
            received.add(message);
        }

        @Override
        public void close() {
        }
    }

    private final ExecutorService broadcasts = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        broadcasts.shutdownNow();
    }

    private static List<FakeConnection> register(ConnectionRegistry registry, int count, int goneEvery, Set<String> threads) {
        List<FakeConnection> connections = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            FakeConnection connection = new FakeConnection(i, goneEvery > 0 && i % goneEvery == 0, threads);
            connections.add(connection);
            registry.add(connection);
        }
        return connections;
    }

    @Test
    void largeBroadcastsReachEveryAcceptedConnectionOnceOnSeveralThreads() {
        InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<FakeConnection> connections = register(registry, 10_000, 7, threads);
        DefaultConnections service = new DefaultConnections(registry, MessageSender.STANDARD, broadcasts);

        int sent = service.broadcast(Map.of("n", 1), connection -> connection.sourceIp().equals("even"));

        long expected = connections.stream().filter(c -> !c.gone && c.info.sourceIp().equals("even")).count();
        assertEquals(expected, sent);
        for (FakeConnection connection : connections) {
            boolean wanted = !connection.gone && connection.info.sourceIp().equals("even");
            assertEquals(wanted ? List.of("{\"n\":1}") : List.of(), connection.received, connection.info.connectionId());
        }
        assertTrue(threads.size() > 1, "sent on " + threads);
        assertTrue(threads.stream().noneMatch(name -> name.equals(Thread.currentThread().getName())), "sent on " + threads);
    }

    @Test
    void smallBroadcastsStayOnTheCallersThread() {
        InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        register(registry, 10, 0, threads);

        assertEquals(10, new DefaultConnections(registry, MessageSender.STANDARD, broadcasts).broadcast("hi", connection -> true));
        assertEquals(Set.of(Thread.currentThread().getName()), threads);
    }

    @Test
    void aFailingFilterFailsTheBroadcast() {
        InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
        register(registry, 1_000, 0, ConcurrentHashMap.newKeySet());
        DefaultConnections service = new DefaultConnections(registry, MessageSender.STANDARD, broadcasts);

        IllegalArgumentException failure = assertThrows(IllegalArgumentException.class, () -> service.broadcast("hi", connection -> {
            throw new IllegalArgumentException("bad filter");
        }));
        assertEquals("bad filter", failure.getMessage());
    }

    @Test
    void sendsToGoneConnectionsThrow() {
        InMemoryConnectionRegistry registry = new InMemoryConnectionRegistry();
        register(registry, 2, 2, ConcurrentHashMap.newKeySet());
        DefaultConnections service = new DefaultConnections(registry, MessageSender.STANDARD, broadcasts);

        assertEquals("c0", assertThrows(GoneException.class, () -> service.send("c0", "hi")).connectionId());
        assertEquals("nobody", assertThrows(GoneException.class, () -> service.send("nobody", "hi")).connectionId());
        service.send("c1", "hi");
    }
}
