package dev.waymark.examples.chat;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.websocket.Connections;

/** REST routes beside the chat: who is connected, and a message pushed to one connection (410 if it is gone). */
// tag::push[]
@Api(name = "push")
public class PushApi {

    @Inject
    ChatRoom room;

    @Inject
    Connections connections;

    @Route("GET /connections")
    public List<String> list() {
        return room.connectionIds();
    }

    @Route("POST /connections/{id}/messages")
    public void push(@PathParam("id") String id, String message) {
        connections.send(id, message);
    }
}
// end::push[]
