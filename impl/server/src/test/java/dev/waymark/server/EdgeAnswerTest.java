package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayInputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;

/**
 * What an edge route reads of its request and writes of its answer, byte for byte on the wire:
 * the request headers a handler sees, and the status, headers and body of answers of every kind.
 */
class EdgeAnswerTest {

    private static final RouteOptions EDGE = RouteOptions.defaults().runtime(RouteRuntime.EDGE);

    private static Waymark server;

    @BeforeAll
    static void start() {
        RouteTable table = RouteTable.create("edge-answers", "/")
                .add("GET /headers", EDGE, (request, response) -> request.header("x-test").orElse("-")
                        + "|" + request.header("X-TEST").orElse("-")
                        + "|" + request.header("missing").orElse("-")
                        + "|" + request.headers().get("x-multi")
                        + "|" + request.headers().containsKey("X-MULTI")
                        + "|" + request.headers().containsKey("missing")
                        + "|" + new TreeMap<>(request.headers()))
                .add("GET /lookups", EDGE, (request, response) -> request.header("X-MULTI").orElse("-")
                        + "|" + request.headers().containsKey("x-TEST")
                        + "|" + request.headers().containsKey("missing")
                        + "|" + request.header("content-length").orElse("-")
                        + "|" + request.header("\u00c4\u00b0f-match").orElse("-")
                        + "|" + request.header("if-match").orElse("-"))
                .add("GET /mutated", EDGE, (request, response) -> {
                    request.headers().get("x-multi").add("three");
                    request.headers().put("x-added", List.of("yes"));
                    return request.header("x-added").orElse("-") + "|" + request.headers().get("X-Multi") + "|"
                            + request.header("x-multi").orElse("-");
                })
                .add("POST /length", EDGE, (request, response) -> request.header("content-length").orElse("-") + "|"
                        + request.header("Content-Type").orElse("-") + "|" + request.bodyAsString())
                .add("GET /json", EDGE, (request, response) -> {
                    response.status(201).header("X-One", "a").header("x-one", "b")
                            .cookie(new NewCookie.Builder("c").value("v").path("/").build());
                    return Map.of("k", "v");
                })
                .add("GET /text", EDGE, (request, response) -> "hi")
                .add("GET /typed", EDGE, (request, response) -> {
                    response.header("Content-Type", "text/csv");
                    return "a,b";
                })
                .add("GET /bytes", EDGE, (request, response) -> new byte[] {1, 2})
                .add("GET /stream", EDGE, (request, response) -> new ByteArrayInputStream(new byte[] {3}))
                .add("GET /empty", EDGE, (request, response) -> null)
                .add("GET /jaxrs", EDGE, (request, response) -> Response.status(202).entity(new byte[] {4})
                        .type(MediaType.TEXT_HTML_TYPE).header("X-Date", new Date(0)).location(URI.create("/there"))
                        .header("X-Number", 7).header("Content-Length", 1).build())
                .add("GET /failing", EDGE, (request, response) -> {
                    throw new IllegalStateException("failed on purpose");
                });
        server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String exchange(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String received = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            String withoutId = received.replaceFirst("(?m)^X-Request-Id: [0-9a-f-]{36}\r\n", "");
            assertNotEquals(received, withoutId, "every answer carries an X-Request-Id: " + received);
            return withoutId;
        }
    }

    private static String get(String target, String... headers) throws Exception {
        return exchange("GET " + target + " HTTP/1.1\r\nHost: h\r\n" + String.join("", headers) + "Connection: close\r\n\r\n");
    }

    private static String answer(String status, String headers, String body) {
        return "HTTP/1.1 " + status + "\r\n" + headers + "Connection: close\r\n"
                + (body == null ? "" : "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n") + "\r\n"
                + (body == null ? "" : body);
    }

    private static final String TEXT = "Content-Type: text/plain;charset=UTF-8\r\n";

    @Test
    void handlersSeeTheRequestHeaders() throws Exception {
        assertEquals(answer("200 OK", TEXT, "one|one|-|[two, 2]|true|false|{connection=[close], host=[h], x-multi=[two, 2], x-test=[one]}"),
                get("/headers", "X-Test: one\r\n", "X-Multi: two\r\n", "x-multi: 2\r\n"));
        assertEquals(answer("200 OK", TEXT, "-|-|-|null|false|false|{connection=[close], host=[h]}"), get("/headers"));
        assertEquals(answer("200 OK", TEXT, "two|true|false|-|-|-"),
                get("/lookups", "X-Test: one\r\n", "X-Multi: two\r\n", "x-multi: 2\r\n"));
        assertEquals(answer("200 OK", TEXT, "yes|[two, 2, three]|two"), get("/mutated", "X-Multi: two\r\n", "x-multi: 2\r\n"));
        assertEquals(answer("200 OK", TEXT, "3|text/plain|abc"), exchange("POST /length HTTP/1.1\r\nHost: h\r\n"
                + "Content-Type: text/plain\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc"));
        assertEquals(answer("200 OK", TEXT, "-|text/plain|abc"), exchange("POST /length HTTP/1.1\r\nHost: h\r\n"
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3\r\nabc\r\n0\r\n\r\n"));
    }

    @Test
    void answersCarryStatusHeadersCookiesAndBody() throws Exception {
        assertEquals(answer("201 Created", "X-One: a\r\nX-One: b\r\nSet-Cookie: c=v;Version=1;Path=/\r\nContent-Type: application/json\r\n",
                "{\"k\":\"v\"}"), get("/json"));
        assertEquals(answer("200 OK", TEXT, "hi"), get("/text"));
        assertEquals(answer("200 OK", "Content-Type: text/csv\r\n", "a,b"), get("/typed"));
        assertEquals(answer("200 OK", "Content-Type: application/octet-stream\r\n", "\u0001\u0002"), get("/bytes"));
        assertEquals("HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "1\r\n\u0003\r\n0\r\n\r\n", get("/stream"));
        assertEquals(answer("204 No Content", "", null), get("/empty"));
        assertEquals(answer("202 Accepted", "X-Date: Thu, 01 Jan 1970 00:00:00 GMT\r\nLocation: /there\r\nX-Number: 7\r\n"
                + "Content-Type: text/html\r\n", "\u0004"), get("/jaxrs"));
        assertEquals(answer("500 Internal Server Error", "Content-Type: application/problem+json\r\n",
                "{\"type\":\"https://waymark.dev/problems/handler-failed\",\"title\":\"Internal server error\",\"status\":500,"
                + "\"detail\":\"The route's handler failed; the server log has the details\",\"instance\":\"/failing\"}"), get("/failing"));
    }
}
