package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.ServerEndpointConfig;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Application;

import org.junit.jupiter.api.Test;

import dev.waymark.Api;
import dev.waymark.ApiDeploymentException;
import dev.waymark.Route;
import dev.waymark.RouteTable;

class WaymarkTest {

    private final HttpClient client = HttpClient.newHttpClient();

    @Api(basePath = "/beans")
    public static class GreetingApi {
        @Route("GET /hello/{name}")
        public String hello(@PathParam("name") String name) {
            return "hello " + name;
        }
    }

    @ApplicationPath("/")
    public static class RootApplication extends Application {
    }

    @Path("ping")
    public static class PingResource {
        @GET
        public String ping() {
            return "pong";
        }
    }

    public static class Echo extends Endpoint {
        @Override
        public void onOpen(Session session, EndpointConfig config) {
            session.addMessageHandler(String.class, (MessageHandler.Whole<String>) text -> session.getAsyncRemote().sendText("echo " + text));
        }
    }

    private static String rawGet(int port, String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private String get(URI uri) throws Exception {
        return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void aPortInUseIsNamedWithTheSettingThatChangesIt() {
        RouteTable table = RouteTable.create("busy", "/").add("GET /ping", (request, response) -> "pong");
        try (Waymark first = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start()) {
            java.io.UncheckedIOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class,
                    () -> Waymark.builder().host("127.0.0.1").port(first.port()).beanClasses(List.of()).start());
            assertTrue(refused.getMessage().contains("port " + first.port() + " is in use"), refused.getMessage());
            assertTrue(refused.getMessage().contains("waymark.port"), refused.getMessage());
        }
    }

    @Test
    void anApplicationAtTheRootSharesItWithTheRoutes() throws Exception {
        RouteTable table = RouteTable.create("notes", "/").add("GET /notes/{id}", (request, response) -> "note " + request.pathParam("id"));
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(RootApplication.class, PingResource.class))
                .api(table).start()) {
            assertEquals("note 7", get(server.uri().resolve("notes/7")));
            assertEquals("pong", get(server.uri().resolve("ping")));
            assertTrue(rawGet(server.port(), "/notes/7/comments").startsWith("HTTP/1.1 404"));
        }
    }

    @Test
    void anApplicationAtTheRootBesideADefaultRouteAtTheRootFailsTheStart() {
        RouteTable table = RouteTable.create("proxy", "/").add("$default", (request, response) -> "everything");
        ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                () -> Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(RootApplication.class, PingResource.class))
                        .api(table).start().close());
        assertTrue(refused.getMessage().contains(RootApplication.class.getName()) && refused.getMessage().contains("\"$default\""),
                refused.getMessage());
    }

    @Test
    void aClusterEngineWithoutItsModuleFailsTheStartNamingTheModule() {
        System.setProperty("waymark.cluster.engine", "hazelcast");
        try {
            ApiDeploymentException refused = assertThrows(ApiDeploymentException.class,
                    () -> Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(GreetingApi.class)).start().close());
            assertTrue(refused.getMessage().contains("waymark.cluster.engine=hazelcast")
                    && refused.getMessage().contains("waymark-impl-cluster-hazelcast"), refused.getMessage());
        } finally {
            System.clearProperty("waymark.cluster.engine");
        }
    }

    @Test
    void servesBeanApisTablesAndWebSocketsOnOnePort() throws Exception {
        RouteTable table = RouteTable.create("table", "/table")
                .add("GET /ping", (request, response) -> "pong")
                .add("POST /echo", (request, response) -> request.bodyAsString());
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(GreetingApi.class)).api(table).start()) {
            assertTrue(server.port() > 0);
            assertEquals("hello ann", get(server.uri().resolve("beans/hello/ann")));
            assertEquals("pong", get(server.uri().resolve("table/ping")));

            HttpResponse<String> echo = client.send(HttpRequest.newBuilder(server.uri().resolve("table/echo"))
                    .POST(HttpRequest.BodyPublishers.ofString("body over an h2c upgrade offer")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("body over an h2c upgrade offer", echo.body());

            for (String target : new String[] {"/table/ping?a=%ZZ", "/table/%ZZ", "/table/ping?a=%"}) {
                String raw = rawGet(server.port(), target);
                assertTrue(raw.startsWith("HTTP/1.1 400"), raw);
                assertTrue(raw.contains("application/problem+json") && !raw.contains("at java."), raw);
            }
            assertEquals("pong", get(server.uri().resolve("table/ping")));

            table.add("GET /later", (request, response) -> "added after start");
            assertEquals("added after start", get(server.uri().resolve("table/later")));

            server.addWebSocketEndpoint(ServerEndpointConfig.Builder.create(Echo.class, "/echo").build());
            CompletableFuture<String> reply = new CompletableFuture<>();
            WebSocket socket = client.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/echo"), new WebSocket.Listener() {
                        @Override
                        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                            reply.complete(data.toString());
                            return null;
                        }
                    }).get(5, TimeUnit.SECONDS);
            socket.sendText("hi", true);
            assertEquals("echo hi", reply.get(5, TimeUnit.SECONDS));
            socket.abort();
        }
    }
}
