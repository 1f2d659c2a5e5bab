package dev.waymark.examples.chat;

import java.util.Map;

import jakarta.inject.Inject;

import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.GoneException;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * SST's WebSocket chat: {@code $connect} stores the connection, {@code sendMessage} sends its data to
 * every stored connection (forgetting those that are gone), {@code $disconnect} removes it. Operators
 * with the key of {@code chat.ops-key} reach any connection at {@code /chat/@connections/{id}}.
 */
// tag::chat[]
@WebSocketApi(path = "/chat")
@CustomAuthorizer(name = "ops", authorizer = OpsKeyAuthorizer.class, identitySources = "$request.header.X-Ops-Key")
@ConnectionsEndpoint(authorizer = "ops")
public class ChatApi {

    @Inject
    ChatRoom room;

    @Inject
    Connections connections;

    @WebSocketRoute("$connect")
    public void connect(WebSocketEvent event) {
        room.enter(event.connectionId());
    }

    @WebSocketRoute("sendMessage")
    public void sendMessage(Map<String, Object> message) {
        Object data = message.get("data");
        for (String connectionId : room.connectionIds()) {
            try {
                connections.send(connectionId, data == null ? "" : data.toString());
            } catch (GoneException e) {
                room.leave(e.connectionId());
            }
        }
    }

    @WebSocketRoute("$disconnect")
    public void disconnect(WebSocketEvent event) {
        room.leave(event.connectionId());
    }
}
// end::chat[]
