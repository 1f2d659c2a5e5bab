package dev.waymark.examples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.server.Waymark;

class ChatApiTest {

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static Waymark server;

    @BeforeAll
    static void start() {
        server = Waymark.builder().host("127.0.0.1").port(0).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static final class Inbox implements WebSocket.Listener {
        final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            messages.add(data.toString());
            socket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String message = messages.poll(10, TimeUnit.SECONDS);
            assertTrue(message != null, "no message within 10 s");
            return message;
        }
    }

    private static WebSocket join(Inbox inbox) {
        return CLIENT.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/chat"), inbox).join();
    }

    @Test
    void messagesReachEveryoneAndPushesReachOne() throws Exception {
        Inbox alice = new Inbox();
        Inbox bob = new Inbox();
        WebSocket aliceSocket = join(alice);
        WebSocket bobSocket = join(bob);
        aliceSocket.sendText("{\"action\":\"sendMessage\",\"data\":\"hello\"}", true).join();
        assertEquals("hello", alice.next());
        assertEquals("hello", bob.next());

        String ids = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("connections")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String first = ids.replaceAll("[\\[\\]\"]", "").split(",")[0];
        HttpResponse<String> pushed = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("connections/" + first + "/messages"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("just you")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, pushed.statusCode());
        String forAlice = alice.messages.poll(2, TimeUnit.SECONDS);
        String forBob = bob.messages.poll(2, TimeUnit.SECONDS);
        assertTrue("just you".equals(forAlice) ^ "just you".equals(forBob), forAlice + " / " + forBob);

        HttpResponse<String> gone = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("connections/nobody/messages"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(410, gone.statusCode());
        aliceSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        bobSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    private static Set<String> connectionIds() throws Exception {
        String ids = CLIENT.send(HttpRequest.newBuilder(server.uri().resolve("connections")).build(), HttpResponse.BodyHandlers.ofString()).body();
        return new HashSet<>(Arrays.asList(ids.replaceAll("[\\[\\]\"]", "").split(",")));
    }

    @Test
    void operatorsReachConnectionsWithTheirKey() throws Exception {
        Set<String> before = connectionIds();
        Inbox carol = new Inbox();
        WebSocket socket = join(carol);
        Set<String> after = connectionIds();
        after.removeAll(before);
        assertEquals(1, after.size(), after.toString());
        String id = after.iterator().next();
        URI endpoint = server.uri().resolve("chat/@connections/" + id);

        HttpResponse<String> refused = CLIENT.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("no key")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, refused.statusCode());
        HttpResponse<String> wrong = CLIENT.send(HttpRequest.newBuilder(endpoint).header("X-Ops-Key", "guess").header("Content-Type",
                "text/plain").POST(HttpRequest.BodyPublishers.ofString("wrong key")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(403, wrong.statusCode());
        HttpResponse<String> posted = CLIENT.send(HttpRequest.newBuilder(endpoint).header("X-Ops-Key", "ops-dev-key").header("Content-Type",
                "text/plain").POST(HttpRequest.BodyPublishers.ofString("maintenance at noon")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, posted.statusCode());
        assertEquals("maintenance at noon", carol.next());
        HttpResponse<String> info = CLIENT.send(HttpRequest.newBuilder(endpoint).header("X-Ops-Key", "ops-dev-key").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, info.statusCode());
        assertTrue(info.body().contains("\"connectionId\":\"" + id + "\""), info.body());
        HttpResponse<String> deleted = CLIENT.send(HttpRequest.newBuilder(endpoint).header("X-Ops-Key", "ops-dev-key").DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(204, deleted.statusCode());
        socket.abort();
    }
}
