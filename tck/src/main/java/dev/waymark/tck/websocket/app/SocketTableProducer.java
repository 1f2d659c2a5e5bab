package dev.waymark.tck.websocket.app;

import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.BadRequestException;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteTable;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRouteTable;

/**
 * A programmatic WebSocket API at {@code /table-socket} ($connect needs {@code ?room=}; routes
 * {@code echo}, {@code whoami}, {@code $default} and {@code $disconnect}, selected by {@code type}), its management endpoint guarded
 * by the key authorizer on {@code X-Api-Key}, and REST routes that add routes to it while it runs.
 */
@ApplicationScoped
public class SocketTableProducer {

    // tag::table[]
    @Produces
    @ApplicationScoped
    WebSocketRouteTable socketTable() {
        return WebSocketRouteTable.create("table-socket", "/table-socket", WebSocketOptions.defaults()
                        .routeSelection("$request.body.type")
                        .connectionsEndpoint("key"))
                .authorizer(AuthorizerDefinition.custom("key", new KeyAuthorizer()).identitySources("$request.header.X-Api-Key"))
                .add("$connect", (message, event) -> {
                    if (event.query("room").isEmpty()) {
                        throw new BadRequestException("room is required");
                    }
                    return null;
                })
                .add("echo", (message, event) -> Map.of("echo", message.as(Map.class).get("text"), "room",
                        event.query("room").orElseThrow()))
                .add("whoami", (message, event) -> event.connectionId())
                .add("$default", (message, event) -> "default: " + (message.binary() ? message.bytes().length + " bytes" : message.text()))
                .add("$disconnect", (message, event) -> {
                    SocketRecords.disconnected(event.connectionId());
                    return null;
                });
    }
    // end::table[]

    @Produces
    @ApplicationScoped
    RouteTable tableAdmin(WebSocketRouteTable socket) {
        return RouteTable.create("table-socket-admin", "/table-socket-admin")
                .add("POST /routes/{key}", (request, response) -> {
                    String key = request.pathParam("key");
                    try {
                        socket.add(key, (message, event) -> "added " + key + ": " + message.text());
                    } catch (ApiDeploymentException e) {
                        response.status(409);
                        return e.getMessage();
                    }
                    return String.join(",", new TreeSet<>(socket.routeKeys()));
                });
    }
}
