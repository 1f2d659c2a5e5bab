package dev.waymark.peers.helidon;

import java.util.Map;

import io.helidon.webserver.WebServer;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;

/** GET /items/{id} on Helidon SE, its item a JSON-P object written by Helidon's JSON-P media support. */
public final class Main {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private Main() {
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @param args the port
     */
    public static void main(String[] args) {
        WebServer.builder()
                .host("127.0.0.1")
                .port(Integer.parseInt(args[0]))
                .routing(routing -> routing.get("/items/{id}", (request, response) -> response.send(JSON.createObjectBuilder()
                        .add("id", request.path().pathParameters().get("id"))
                        .add("name", "item")
                        .build())))
                .build()
                .start();
    }
}
