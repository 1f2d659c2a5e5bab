package dev.waymark.server;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;

import dev.waymark.websocket.Connections;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/** A chat WebSocket API for the runtime's own tests. */
@WebSocketApi(path = "/chat", maxMessageSize = "1kb")
public class ChatSocketApi {

    static final Set<String> OPEN = ConcurrentHashMap.newKeySet();
    static final AtomicInteger DISCONNECTS = new AtomicInteger();

    @Inject
    Connections connections;

    @WebSocketRoute("$connect")
    public void connect(WebSocketEvent event) {
        if (event.query("name").isEmpty()) {
            throw new ForbiddenException("a name is required");
        }
        OPEN.add(event.connectionId());
    }

    @WebSocketRoute("sendMessage")
    public void send(Map<String, Object> message, WebSocketEvent event) {
        connections.broadcast(Map.of("from", event.query("name").orElse("?"), "data", message.get("data")), connection -> true);
    }

    @WebSocketRoute("whoami")
    public Map<String, String> whoami(WebSocketEvent event) {
        return Map.of("connectionId", event.connectionId());
    }

    @WebSocketRoute("$disconnect")
    public void disconnect(WebSocketEvent event) {
        OPEN.remove(event.connectionId());
        DISCONNECTS.incrementAndGet();
    }
}
