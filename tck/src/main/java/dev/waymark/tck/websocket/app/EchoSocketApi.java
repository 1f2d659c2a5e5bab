package dev.waymark.tck.websocket.app;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.ws.rs.ForbiddenException;

import dev.waymark.tck.websocket.app.SocketRecords.Greeting;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/** A WebSocket API routed by a nested field, with every kind of handler, and a $connect that can refuse. */
// tag::routes[]
@WebSocketApi(name = "echo", path = "/echo", routeSelection = "$request.body.route.name")
public class EchoSocketApi {

    @WebSocketRoute("$connect")
    public void connect(WebSocketEvent event) {
        if (event.query("deny").isPresent()) {
            throw new ForbiddenException("denied");
        }
        SocketRecords.opened(event.connectionId());
    }

    @WebSocketRoute("echo")
    public String echo(String message) {
        return "echo " + message;
    }

    @WebSocketRoute("greet")
    public Map<String, String> greet(Greeting greeting) {
        return Map.of("greeting", "hello " + greeting.name());
    }

    @WebSocketRoute("whoami")
    public Map<String, Object> whoami(WebSocketEvent event) {
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("connectionId", event.connectionId());
        who.put("name", event.query("name").orElse(""));
        who.put("client", event.header("X-Client").orElse(""));
        who.put("routeKey", event.routeKey());
        return who;
    }

    @WebSocketRoute("$default")
    public Object fallback(byte[] message, WebSocketEvent event) {
        return message.length > 0 && message[0] == 0 ? message : "default " + new String(message, java.nio.charset.StandardCharsets.UTF_8);
    }

    @WebSocketRoute("$disconnect")
    public void disconnect(WebSocketEvent event) {
        SocketRecords.disconnected(event.connectionId());
    }
}
// end::routes[]
