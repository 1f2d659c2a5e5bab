package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.waymark.auth.Authorize;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRouteTable;

class WebSocketApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static WebSocket connect(Waymark server, String query, RecordingSocket client) {
        return CLIENT.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/chat" + query), client).join();
    }

    @Test
    void routesMessagesAndBroadcasts() throws Exception {
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            RecordingSocket ann = new RecordingSocket();
            RecordingSocket bob = new RecordingSocket();
            WebSocket annSocket = connect(server, "?name=ann", ann);
            WebSocket bobSocket = connect(server, "?name=bob", bob);
            annSocket.sendText("{\"action\":\"sendMessage\",\"data\":\"hi\"}", true).join();
            for (RecordingSocket client : List.of(ann, bob)) {
                String message = client.nextText();
                assertTrue(message.contains("\"data\":\"hi\"") && message.contains("\"from\":\"ann\""), message);
            }
            bobSocket.sendText("{\"action\":\"whoami\"}", true).join();
            assertTrue(bob.nextText().startsWith("{\"connectionId\":\""));
            annSocket.sendText("not json", true).join();
            String error = ann.nextText();
            assertTrue(error.contains("\"message\":\"Forbidden\"") && error.contains("connectionId"), error);
            annSocket.sendText("{\"action\":\"sendMessage\",\"data\":\"" + "x".repeat(2000) + "\"}", true).join();
            assertEquals(1009, ann.closed.get(10, TimeUnit.SECONDS));
            bobSocket.sendClose(1000, "bye").join();
            assertEquals(1000, bob.closed.get(10, TimeUnit.SECONDS));
            for (int i = 0; i < 100 && !ChatSocketApi.OPEN.isEmpty(); i++) {
                Thread.sleep(50);
            }
            assertTrue(ChatSocketApi.OPEN.isEmpty(), ChatSocketApi.OPEN.toString());
        }
    }

    /** The HTTP timeouts end with the upgrade: an idle WebSocket connection keeps the WebSocket API's own idle rules. */
    @Test
    void aWebSocketConnectionOutlivesTheHttpTimeouts() throws Exception {
        System.setProperty("waymark.http.idle-timeout", "1s");
        System.setProperty("waymark.http.header-timeout", "1s");
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            RecordingSocket client = new RecordingSocket();
            WebSocket socket = connect(server, "?name=idle", client);
            Thread.sleep(2500);
            socket.sendText("{\"action\":\"whoami\"}", true).join();
            assertTrue(client.nextText().startsWith("{\"connectionId\":\""));
            assertTrue(!client.closed.isDone(), "still open");
        } finally {
            System.clearProperty("waymark.http.idle-timeout");
            System.clearProperty("waymark.http.header-timeout");
        }
    }

    /** WS-5-2: 10,000 connections opened and ended (half closed, half dropped) leave no entry behind. */
    @Test
    void churnLeavesNoStaleConnection() throws Exception {
        System.setProperty("waymark.access-log.format", "off");
        int before = ChatSocketApi.DISCONNECTS.get();
        int cycles = 10_000;
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            java.util.concurrent.ExecutorService workers = java.util.concurrent.Executors.newFixedThreadPool(16);
            java.util.List<java.util.concurrent.Future<?>> done = new java.util.ArrayList<>();
            for (int i = 0; i < cycles; i++) {
                boolean drop = i % 2 == 1;
                done.add(workers.submit(() -> {
                    RecordingSocket client = new RecordingSocket();
                    WebSocket socket = connect(server, "?name=churn", client);
                    if (drop) {
                        socket.abort();
                    } else {
                        try {
                            socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
                        } catch (CompletionException e) {
                            throw new AssertionError("closed by the server first with " + client.closed.getNow(null) + " " + client.closeReason, e);
                        }
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> cycle : done) {
                cycle.get(60, TimeUnit.SECONDS);
            }
            workers.shutdown();
            for (int i = 0; i < 600 && (ChatSocketApi.DISCONNECTS.get() - before < cycles || !server.connections().list().isEmpty()); i++) {
                Thread.sleep(50);
            }
            assertEquals(cycles, ChatSocketApi.DISCONNECTS.get() - before, "every connection's $disconnect ran once");
            assertEquals(List.of(), server.connections().list());
        } finally {
            System.clearProperty("waymark.access-log.format");
        }
    }

    @Test
    void connectCanRefuseTheUpgrade() {
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            CompletionException refused = org.junit.jupiter.api.Assertions.assertThrows(CompletionException.class,
                    () -> connect(server, "", new RecordingSocket()));
            assertTrue(refused.getCause() instanceof WebSocketHandshakeException handshake
                    && handshake.getResponse().statusCode() == 403, String.valueOf(refused.getCause()));
        }
    }

    /** WS-1-3, WS-4-4: a table given to the builder is served, takes routes added while running, and has its management endpoint. */
    @Test
    void tablesGivenToTheBuilderAreServed() throws Exception {
        WebSocketRouteTable table = WebSocketRouteTable.create("tabled", "/tabled", WebSocketOptions.defaults()
                .connectionsEndpoint(Authorize.NONE))
                .add("whoami", (message, event) -> event.connectionId());
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).webSocketApi(table).start()) {
            RecordingSocket client = new RecordingSocket();
            WebSocket socket = CLIENT.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/tabled"), client)
                    .join();
            socket.sendText("{\"action\":\"whoami\"}", true).join();
            String id = client.nextText();
            socket.sendText("{\"action\":\"shout\"}", true).join();
            assertTrue(client.nextText().contains("\"message\":\"Forbidden\""));
            table.add("shout", (message, event) -> message.text().toUpperCase(Locale.ROOT));
            socket.sendText("{\"action\":\"shout\"}", true).join();
            assertEquals("{\"ACTION\":\"SHOUT\"}", client.nextText());

            HttpResponse<String> pushed = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("tabled/@connections/" + id))
                    .POST(HttpRequest.BodyPublishers.ofString("from the operator")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(204, pushed.statusCode(), pushed.body());
            assertEquals("from the operator", client.nextText());
            assertEquals(1, server.connections().list().size());
            socket.abort();
        }
    }
}
