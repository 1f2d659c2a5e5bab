package dev.waymark.examples.chat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
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
}
