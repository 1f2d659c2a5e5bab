package dev.waymark.impl.websocket;

import dev.waymark.websocket.WebSocketEvent;

/** The handler of one route of a WebSocket API: a method of a {@code @WebSocketApi} class or a handler of a route table [WS-1]. */
public interface RouteHandler {

    /**
     * Runs the handler.
     *
     * @param message the message, or {@link Message#NONE}
     * @param event the event
     * @return what to send back, or null
     * @throws Exception what the handler threw
     */
    Object invoke(Message message, WebSocketEvent event) throws Exception;
}
