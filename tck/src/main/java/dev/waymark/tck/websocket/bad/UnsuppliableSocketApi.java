package dev.waymark.tck.websocket.bad;

import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/** A handler with two message parameters. */
@WebSocketApi(path = "/unsuppliable")
public class UnsuppliableSocketApi {

    @WebSocketRoute("send")
    public void send(String text, byte[] bytes) {
    }
}
