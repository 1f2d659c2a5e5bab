package dev.waymark.tck.websocket.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** What the TCK's WebSocket APIs saw: the connections opened, and how often each was disconnected. */
public final class SocketRecords {

    private static final Map<String, AtomicInteger> DISCONNECTS = new ConcurrentHashMap<>();

    private SocketRecords() {
    }

    /** A message that binds to a record. @param name who to greet */
    public record Greeting(String name) {
    }

    static void opened(String connectionId) {
        DISCONNECTS.putIfAbsent(connectionId, new AtomicInteger());
    }

    static void disconnected(String connectionId) {
        DISCONNECTS.computeIfAbsent(connectionId, id -> new AtomicInteger()).incrementAndGet();
    }

    static int disconnects(String connectionId) {
        AtomicInteger count = DISCONNECTS.get(connectionId);
        return count == null ? -1 : count.get();
    }
}
