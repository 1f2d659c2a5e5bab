package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.RouteTable;

/**
 * Clients that send slowly or stop cannot hold the embedded runtime's worker threads or its
 * connections: bodies are read before their handler runs, and the header, body and idle timeouts
 * ({@code waymark.http.*}) close what stalls.
 */
class SlowClientTest {

    private static final int WORKER_THREADS = 2 * Runtime.getRuntime().availableProcessors();
    private static final AtomicReference<String> uploaded = new AtomicReference<>();
    private static Waymark server;

    @BeforeAll
    static void start() {
        System.setProperty("waymark.http.header-timeout", "1s");
        System.setProperty("waymark.http.body-timeout", "1s");
        System.setProperty("waymark.http.idle-timeout", "2s");
        RouteTable table = RouteTable.create("slow", "/")
                .add("POST /upload", (request, response) -> {
                    uploaded.set(request.bodyAsString());
                    return "stored";
                })
                .add("GET /hello", (request, response) -> "hello")
                .add("GET /think", (request, response) -> {
                    Thread.sleep(3000);
                    return "thought";
                });
        try {
            server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start();
        } finally {
            System.clearProperty("waymark.http.header-timeout");
            System.clearProperty("waymark.http.body-timeout");
            System.clearProperty("waymark.http.idle-timeout");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void stalledUploadsTwiceTheWorkerThreadsDoNotDelayOtherRequests() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2 * WORKER_THREADS; i++) {
                Socket socket = new Socket("127.0.0.1", server.port());
                socket.getOutputStream().write(("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 1000\r\n\r\n"
                        + "12345").getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                stalled.add(socket);
            }
            Thread.sleep(200);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
            long started = System.nanoTime();
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/hello"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(200, answer.statusCode());
            assertTrue(millis < 1000, "answered in " + millis + " ms");
            for (Socket socket : stalled) {
                socket.setSoTimeout(5000);
                RawHttp.Exchange refused = RawHttp.readAll(socket.getInputStream(), System.nanoTime());
                assertTrue(refused.startsWith("HTTP/1.1 408 "), refused.text());
                assertTrue(refused.text().contains("request-timeout"), refused.text());
                assertTrue(refused.closed());
            }
            assertNull(uploaded.get(), "no handler ran for a body that never arrived");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheHeaderTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            long started = System.nanoTime();
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), started);
            assertTrue(exchange.closed());
            assertEquals("", exchange.text(), "nothing is said to a client that said nothing");
            assertTrue(exchange.millis() >= 900 && exchange.millis() < 2500, "closed after " + exchange.millis() + " ms");
        }
    }

    @Test
    void headersThatStallAreAnsweredWithATimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            long started = System.nanoTime();
            socket.getOutputStream().write("GET /hello HTTP/1.1\r\nHost: h\r\nX-Slow: ".getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), started);
            assertTrue(exchange.startsWith("HTTP/1.1 408 "), exchange.text());
            assertTrue(exchange.closed());
            assertTrue(exchange.millis() < 2500, "closed after " + exchange.millis() + " ms");
        }
    }

    @Test
    void headersSentOneByteAtATimeCannotOutlastTheHeaderTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(300);
            OutputStream out = socket.getOutputStream();
            long started = System.nanoTime();
            byte[] header = "GET /hello HTTP/1.1\r\nHost: h\r\nX-Drip: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa".getBytes(StandardCharsets.ISO_8859_1);
            boolean closed = false;
            for (int i = 0; i < header.length && !closed; i++) {
                try {
                    out.write(header[i]);
                    out.flush();
                    Thread.sleep(100);
                } catch (java.io.IOException e) {
                    closed = true;
                }
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), started);
            assertTrue(closed || exchange.closed(), "the server closed the connection");
            assertTrue(millis < 2500 || exchange.startsWith("HTTP/1.1 408 "), "still open after " + millis + " ms");
        }
    }

    @Test
    void anIdleKeptAliveConnectionIsClosedAfterTheIdleTimeout() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(6000);
            long started = System.nanoTime();
            socket.getOutputStream().write("GET /hello HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), started);
            assertTrue(exchange.startsWith("HTTP/1.1 200 "), exchange.text());
            assertTrue(exchange.closed());
            assertTrue(exchange.millis() >= 1900 && exchange.millis() < 3500, "closed after " + exchange.millis() + " ms");
        }
    }

    @Test
    void anAnswerThatTakesLongerThanTheIdleTimeoutIsNotCut() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(8000);
            socket.getOutputStream().write("GET /think HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), System.nanoTime());
            assertTrue(exchange.startsWith("HTTP/1.1 200 "), exchange.text());
            assertTrue(exchange.text().endsWith("thought"), exchange.text());
        }
    }

    @Test
    void aBodyThatArrivesSlowlyButSteadilyIsServed() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 10\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < 10; i++) {
                out.write('0' + i);
                out.flush();
                Thread.sleep(300);
            }
            RawHttp.Exchange exchange = RawHttp.readAll(socket.getInputStream(), System.nanoTime());
            assertTrue(exchange.startsWith("HTTP/1.1 200 "), exchange.text());
            assertEquals("0123456789", uploaded.getAndSet(null));
            assertFalse(exchange.text().contains("problem"));
        }
    }
}
