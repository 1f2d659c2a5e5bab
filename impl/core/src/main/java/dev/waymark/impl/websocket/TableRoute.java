package dev.waymark.impl.websocket;

import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketHandler;

/**
 * A route of a WebSocket route table [WS-1-3].
 *
 * @param description the route, for log messages
 * @param handler the application's handler
 */
record TableRoute(String description, WebSocketHandler handler) implements RouteHandler {

    @Override
    public Object invoke(Message message, WebSocketEvent event) throws Exception {
        return handler.handle(message, event);
    }

    @Override
    public String toString() {
        return description;
    }
}
