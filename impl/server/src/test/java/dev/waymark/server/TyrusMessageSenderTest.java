package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import dev.waymark.websocket.ConnectionInfo;

class TyrusMessageSenderTest {

    /**
     * Opens connections, and waits until the server has registered them all: Tyrus opens the
     * endpoint after it has written the answer to the upgrade, so a client may see its connection
     * open a moment before the server does.
     */
    private static List<RecordingSocket> connect(Waymark server, HttpClient http, int count) throws InterruptedException {
        List<RecordingSocket> clients = new ArrayList<>();
        List<CompletableFuture<WebSocket>> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RecordingSocket client = new RecordingSocket();
            clients.add(client);
            sockets.add(http.newWebSocketBuilder().buildAsync(URI.create("ws://127.0.0.1:" + server.port() + "/chat?name=c" + i), client));
        }
        sockets.forEach(CompletableFuture::join);
        for (int i = 0; i < 200 && server.connections().list().size() < count; i++) {
            Thread.sleep(50);
        }
        assertEquals(count, server.connections().list().size());
        return clients;
    }

    @Test
    void tyrusSessionsGiveTheirSocket() {
        assertInstanceOf(TyrusMessageSender.class, TyrusMessageSender.create(), "the raw frame path is available on this Tyrus");
    }

    @Test
    void framesAreRfc6455ServerFrames() {
        assertArrayEquals(new byte[] {(byte) 0x81, 0}, TyrusMessageSender.frame(""));
        assertArrayEquals(new byte[] {(byte) 0x81, 4, 'h', (byte) 0xC3, (byte) 0xA9, '!'}, TyrusMessageSender.frame("hé!"));
        assertArrayEquals(new byte[] {(byte) 0x82, 2, 0, (byte) 0xFF}, TyrusMessageSender.frame(new byte[] {0, (byte) 0xFF}));
        for (int length : new int[] {125, 126, 65_535, 65_536, 200_000}) {
            byte[] payload = new byte[length];
            Arrays.fill(payload, (byte) 'x');
            byte[] frame = TyrusMessageSender.frame(new String(payload, StandardCharsets.US_ASCII));
            int header = length <= 125 ? 2 : length <= 65_535 ? 4 : 10;
            assertEquals(header + length, frame.length, "length " + length);
            assertEquals((byte) 0x81, frame[0]);
            long declared;
            if (header == 2) {
                declared = frame[1];
            } else if (header == 4) {
                assertEquals(126, frame[1]);
                declared = ((frame[2] & 0xFF) << 8) | (frame[3] & 0xFF);
            } else {
                assertEquals(127, frame[1]);
                declared = ByteBuffer.wrap(frame, 2, 8).getLong();
            }
            assertEquals(length, declared, "length " + length);
            assertArrayEquals(payload, Arrays.copyOfRange(frame, header, frame.length));
        }
        assertNull(TyrusMessageSender.frame("lone \uD800 surrogate"), "left to the standard path");
    }

    /**
     * Over Tyrus: a broadcast reaches every connection its filter takes once, text, JSON and binary
     * arrive intact, and the count is of the connections sent to.
     */
    @Test
    void broadcastsReachEveryConnectionTheFilterTakesOnce() throws Exception {
        System.setProperty("waymark.access-log.format", "off");
        HttpClient http = HttpClient.newHttpClient();
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            int count = 600;
            List<RecordingSocket> clients = connect(server, http, count);
            List<ConnectionInfo> open = server.connections().list();
            Set<String> half = open.stream().map(ConnectionInfo::connectionId).filter(id -> id.hashCode() % 2 == 0)
                    .collect(Collectors.toSet());

            String text = "héllo € 😀 " + "x".repeat(2_000);
            assertEquals(half.size(), server.connections().broadcast(text, connection -> half.contains(connection.connectionId())));
            byte[] bytes = new byte[256];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) i;
            }
            assertEquals(count, server.connections().broadcast(bytes, connection -> true));
            assertEquals(count, server.connections().broadcast(java.util.Map.of("end", true), connection -> true));

            int taken = 0;
            for (RecordingSocket client : clients) {
                Object first = client.next();
                if (first instanceof String received) {
                    assertEquals(text, received);
                    taken++;
                    first = client.next();
                }
                assertArrayEquals(bytes, (byte[]) first);
                assertEquals("{\"end\":true}", client.next());
                assertNull(client.messages.poll(), "one message each");
            }
            assertEquals(half.size(), taken);
        } finally {
            System.clearProperty("waymark.access-log.format");
        }
    }

    /**
     * Sends to each connection and broadcasts to all from threads of their own at once, with
     * messages of 36 KB, more than a TCP segment: each message arrives whole, once, and
     * the messages of each sender in the order it sent them (Tyrus's raw frame and its own send share
     * the connection's lock, and so does Waymark's send).
     */
    @Test
    void concurrentSendsAndBroadcastsKeepEachConnectionsOrder() throws Exception {
        System.setProperty("waymark.access-log.format", "off");
        HttpClient http = HttpClient.newHttpClient();
        ExecutorService senders = Executors.newFixedThreadPool(2);
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ChatSocketApi.class)).start()) {
            List<RecordingSocket> clients = connect(server, http, 4);
            List<String> ids = server.connections().list().stream().map(ConnectionInfo::connectionId).toList();
            int rounds = 100;
            String body = "é€😀".repeat(4_000);
            Future<?> broadcasts = senders.submit(() -> {
                for (int k = 0; k < rounds; k++) {
                    assertEquals(4, server.connections().broadcast("b" + k + ":" + body, connection -> true));
                }
            });
            Future<?> sends = senders.submit(() -> {
                for (int k = 0; k < rounds; k++) {
                    for (String id : ids) {
                        server.connections().send(id, "s" + k + ":" + body);
                    }
                }
            });
            broadcasts.get(120, TimeUnit.SECONDS);
            sends.get(120, TimeUnit.SECONDS);

            for (RecordingSocket client : clients) {
                int nextBroadcast = 0;
                int nextSend = 0;
                for (int i = 0; i < 2 * rounds; i++) {
                    String message = (String) client.next();
                    int colon = message.indexOf(':');
                    assertEquals(body, message.substring(colon + 1), "whole");
                    String label = message.substring(0, colon);
                    if (label.startsWith("b")) {
                        assertEquals("b" + nextBroadcast++, label);
                    } else {
                        assertEquals("s" + nextSend++, label);
                    }
                }
                assertTrue(!client.closed.isDone(), "still open");
            }
        } finally {
            senders.shutdownNow();
            System.clearProperty("waymark.access-log.format");
        }
    }
}
