package dev.waymark.tck.websocket.app;

import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/** A WebSocket API without $default, with small limits. */
@WebSocketApi(name = "strict", path = "/strict", maxMessageSize = "1kb", idleTimeout = "2s", maxDuration = "4s")
public class StrictSocketApi {

    @WebSocketRoute("$connect")
    public void connect(WebSocketEvent event) {
        SocketRecords.opened(event.connectionId());
    }

    @WebSocketRoute("ping")
    public String ping() {
        return "pong";
    }

    @WebSocketRoute("whoami")
    public String whoami(WebSocketEvent event) {
        return event.connectionId();
    }

    @WebSocketRoute("$disconnect")
    public void disconnect(WebSocketEvent event) {
        SocketRecords.disconnected(event.connectionId());
    }
}
