package dev.waymark.tck.websocket.app;

import java.util.Locale;

import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/** A WebSocket API whose events the access log records. */
@WebSocketApi(name = "logged", path = "/logged-socket")
public class LoggedSocketApi {

    @WebSocketRoute("shout")
    public String shout(String message) {
        return message.toUpperCase(Locale.ROOT);
    }
}
