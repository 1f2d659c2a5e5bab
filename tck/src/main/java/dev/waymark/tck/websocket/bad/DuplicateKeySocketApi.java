package dev.waymark.tck.websocket.bad;

import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/** Two handlers for one route key. */
@WebSocketApi(path = "/duplicate")
public class DuplicateKeySocketApi {

    @WebSocketRoute("send")
    public void first() {
    }

    @WebSocketRoute("send")
    public void second() {
    }
}
