package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.stream.Stream;

import jakarta.annotation.Priority;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;

/**
 * One set of requests, over real sockets, through the two ways the embedded runtime serves a
 * request: straight from Grizzly (EDGE routes of an application without pre-matching filters,
 * which also has the answers given before any route written from Grizzly) and through Jersey and
 * Waymark's pre-matching filter (STANDARD routes of an application with a pre-matching filter,
 * which has every request go through Jersey). Both must read the request, answer and log it alike:
 * the same status, headers and body, and the same access log line with the bytes actually sent.
 */
class TransportParityTest {

    private static final String ID_HEADER = "X-Correlation-Id";

    private static final LogCapture LOGS = new LogCapture();

    private static Waymark direct;
    private static Waymark jaxrs;

    /**
     * A pre-matching filter, which must see every request of its application, so that they all go
     * through Jersey; it marks the answers to the requests it saw.
     */
    @Provider
    @PreMatching
    @Priority(Priorities.AUTHENTICATION)
    public static class ThroughJersey implements ContainerRequestFilter, ContainerResponseFilter {

        @Override
        public void filter(ContainerRequestContext request) {
            request.setProperty("dev.waymark.test.seen", Boolean.TRUE);
        }

        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            if (request.getProperty("dev.waymark.test.seen") != null) {
                response.getHeaders().putSingle("X-Via", "jersey");
            }
        }
    }

    private static RouteTable table(RouteRuntime runtime) {
        RouteOptions options = RouteOptions.defaults().runtime(runtime);
        return RouteTable.create("parity", "/t")
                .add("GET /cookie", options, (request, response) -> request.cookie("a").orElse("-") + "|" + request.cookies())
                .add("POST /body", options, (request, response) -> "[" + request.bodyAsString() + "]")
                .add("POST /upload", options, (request, response) -> request.bodyAsString().length())
                .add("GET /id", options, (request, response) -> request.requestId())
                .add("GET /client", options, (request, response) -> request.sourceIp())
                .add("GET /refused", options, (request, response) -> {
                    throw new ServiceUnavailableException("secret detail", 120L);
                })
                .add("GET /bytes", options, (request, response) -> new byte[] {1, 2, 3, 4, 5})
                .add("GET /stream", options, (request, response) -> new ByteArrayInputStream(new byte[] {1, 2, 3, 4, 5, 6, 7}))
                .add("GET /streaming", options, (request, response) -> (Flow.Publisher<String>) subscriber -> {
                    SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
                    publisher.subscribe(subscriber);
                    CompletableFuture.runAsync(() -> {
                        publisher.submit("a");
                        publisher.submit("bc");
                        publisher.close();
                    });
                });
    }

    @BeforeAll
    static void start() {
        LOGS.start();
        System.setProperty("waymark.request-id.header", ID_HEADER);
        System.setProperty("waymark.access-log.output", "logger");
        try {
            direct = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table(RouteRuntime.EDGE)).start();
            jaxrs = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(ThroughJersey.class))
                    .api(table(RouteRuntime.STANDARD)).start();
        } finally {
            System.clearProperty("waymark.request-id.header");
            System.clearProperty("waymark.access-log.output");
        }
    }

    @AfterAll
    static void stop() {
        direct.close();
        jaxrs.close();
        LOGS.stop();
    }

    /**
     * A request, what its answer must be, and whether its target is a valid URI (a target that is
     * not is refused in front of Jersey on the embedded runtime, whatever the route).
     */
    record Case(String name, String request, int status, String body, String problemType, boolean validUri) {

        @Override
        public String toString() {
            return name;
        }
    }

    private static Case get(String name, String target, String headers, int status, String body) {
        return new Case(name, "GET " + target + " HTTP/1.1\r\n" + headers, status, body, null, true);
    }

    private static Case problem(String name, String requestLine, int status, String type, boolean validUri) {
        return new Case(name, requestLine + "\r\n", status, null, type, validUri);
    }

    static Stream<Case> cases() {
        return Stream.of(
                get("a cookie sent twice keeps its first value", "/t/cookie", "Cookie: a=first; b=\"2\"; a=second\r\nCookie: a=third\r\n",
                        200, "first|{a=first, b=2}"),
                new Case("Content-Length: 0 is no body", "POST /t/body HTTP/1.1\r\nContent-Length: 0\r\n", 200, "[]", null, true),
                new Case("a body of a declared length", "POST /t/body HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc", 200, "[abc]", null, true),
                new Case("a chunked body", "POST /t/body HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
                        200, "[abcde]", null, true),
                get("the request id taken from the configured header", "/t/id", ID_HEADER + ": corr-42\r\n", 200, "corr-42"),
                get("a new request id without one", "/t/id", "", 200, null),
                get("a new request id for an invalid one", "/t/id", ID_HEADER + ": not valid!\r\n", 200, null),
                get("the client address", "/t/client", "", 200, "127.0.0.1"),
                get("a byte array", "/t/bytes", "", 200, "\u0001\u0002\u0003\u0004\u0005"),
                get("a stream", "/t/stream", "", 200, "\u0001\u0002\u0003\u0004\u0005\u0006\u0007"),
                get("a streaming body", "/t/streaming", "", 200, "abc"),
                problem("a handler's status, not its message", "GET /t/refused HTTP/1.1", 503, "about:blank", true),
                problem("404", "GET /t/nope HTTP/1.1", 404, "route-not-found", true),
                problem("405", "DELETE /t/bytes HTTP/1.1", 405, "method-not-allowed", true),
                problem("414", "GET /t/" + "a".repeat(2100) + " HTTP/1.1", 414, "path-too-long", true),
                problem("a dot-segment", "GET /t/%2e%2E/bytes HTTP/1.1", 400, "invalid-path", true),
                problem("a malformed escape in the path", "GET /t/%zz HTTP/1.1", 400, "invalid-path", false),
                problem("a lone % in the query", "GET /t/bytes?q=% HTTP/1.1", 400, "invalid-query", false),
                problem("a malformed escape in the query", "GET /t/bytes?q=%zz HTTP/1.1", 400, "invalid-query", false),
                problem("a character no URI path has", "GET /t/a|b HTTP/1.1", 400, "invalid-path", false),
                problem("a character no URI query has", "GET /t/bytes?q=a|b HTTP/1.1", 400, "invalid-query", false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bothPathsReadAnswerAndLogAlike(Case request) throws Exception {
        Exchanged fromGrizzly = exchange(direct, request);
        Exchanged fromJersey = exchange(jaxrs, request);
        assertFalse(fromGrizzly.headers().containsKey("x-via"), "served by Jersey: " + fromGrizzly);
        assertEquals(request.validUri(), fromJersey.headers().containsKey("x-via"), "went through Jersey: " + fromJersey);
        check(request, fromGrizzly);
        check(request, fromJersey);
        assertEquals(fromGrizzly.comparable(), fromJersey.comparable());
    }

    /**
     * A client that closes its connection in the middle of its body, declared or chunked, before
     * or after more of it than the body buffer has arrived (a shorter body is held back until it
     * is whole, and goes to its route when the connection ends): the request is logged with status
     * 400 and one line at INFO or WARNING without a stack trace, on both paths, and nothing else is
     * logged.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("abortedUploads")
    void anUploadTheClientAbortsIsA400AndOneLineOfLog(String framing, String partialBody) throws Exception {
        for (Waymark server : List.of(direct, jaxrs)) {
            int mark = LOGS.mark();
            try (Socket socket = new Socket("127.0.0.1", server.port())) {
                socket.getOutputStream().write(("POST /t/upload HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\n" + framing + "\r\n\r\n"
                        + partialBody).getBytes(StandardCharsets.ISO_8859_1));
                socket.getOutputStream().flush();
                Thread.sleep(300);
            }
            JsonObject line = LOGS.accessLineAfter(mark, "/t/upload");
            assertEquals(400, line.getInt("status"), line::toString);
            Thread.sleep(300);
            List<java.util.logging.LogRecord> others = LOGS.since(mark).stream()
                    .filter(record -> !record.getLoggerName().equals("waymark.access")).toList();
            assertEquals(1, others.size(), () -> others.stream().map(record -> record.getLevel() + " " + record.getMessage()).toList().toString());
            java.util.logging.LogRecord record = others.get(0);
            assertTrue(record.getLevel() == java.util.logging.Level.INFO || record.getLevel() == java.util.logging.Level.WARNING,
                    record.getLevel()::toString);
            assertEquals(null, record.getThrown());
        }
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> abortedUploads() {
        String beyondTheBodyBuffer = "x".repeat(70_000);
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("Content-Length: 100", "held back"),
                org.junit.jupiter.params.provider.Arguments.of("Transfer-Encoding: chunked", "10\r\nheld back"),
                org.junit.jupiter.params.provider.Arguments.of("Content-Length: 100000", beyondTheBodyBuffer),
                org.junit.jupiter.params.provider.Arguments.of("Transfer-Encoding: chunked",
                        Integer.toHexString(beyondTheBodyBuffer.length()) + "\r\n" + beyondTheBodyBuffer + "\r\n10\r\nabc"));
    }

    private static void check(Case request, Exchanged exchanged) {
        assertEquals(request.status(), exchanged.status(), exchanged::toString);
        String id = exchanged.headers().get("x-request-id");
        assertNotNull(id, () -> "no request id: " + exchanged);
        JsonObject line = exchanged.logLine();
        assertEquals(id, line.getString("requestId"));
        assertEquals(request.status(), line.getInt("status"));
        assertEquals(exchanged.body().getBytes(StandardCharsets.ISO_8859_1).length, line.getJsonNumber("responseLength").longValue(),
                exchanged::toString);
        assertEquals("127.0.0.1", line.getString("sourceIp"));
        assertEquals("HTTP/1.1", line.getString("protocol"));
        if (request.body() != null) {
            assertEquals(request.body(), exchanged.body());
        }
        if (request.name().startsWith("the request id taken")) {
            assertEquals("corr-42", id);
        } else if (request.name().contains("new request id")) {
            assertTrue(id.matches("[0-9a-f-]{36}") && exchanged.body().equals(id), exchanged::toString);
        }
        if (request.name().startsWith("a handler's status")) {
            assertEquals("120", exchanged.headers().get("retry-after"), exchanged::toString);
        }
        if (request.problemType() != null) {
            assertTrue(exchanged.headers().get("content-type").startsWith("application/problem+json"), exchanged::toString);
            JsonObject problem = Json.createReader(new StringReader(exchanged.body())).readObject();
            String type = request.problemType();
            assertEquals(type.contains(":") ? type : "https://waymark.dev/problems/" + type, problem.getString("type"), exchanged::toString);
            assertEquals(request.status(), problem.getInt("status"));
            assertFalse(exchanged.body().contains("secret"), exchanged::toString);
        }
    }

    /**
     * An answer as received: status, headers by lower-case name (one value each, repeated ones
     * joined with ", "), the body (de-chunked, as ISO-8859-1 text, so byte for byte), and the
     * access log line of the request.
     */
    record Exchanged(int status, Map<String, String> headers, String body, JsonObject logLine) {

        /** What must be the same on both paths: all but the request id, the date, the latency and the path marker. */
        List<Object> comparable() {
            Map<String, String> stable = new TreeMap<>(headers);
            stable.remove("x-request-id");
            stable.remove("date");
            stable.remove("x-via");
            Map<String, Object> logged = new TreeMap<>(logLine);
            logged.remove("requestId");
            logged.remove("requestTime");
            logged.remove("responseLatency");
            String id = headers.get("x-request-id");
            return List.of(status, stable, id == null ? body : body.replace(id, "<id>"), logged.toString());
        }
    }

    private static Exchanged exchange(Waymark server, Case request) throws Exception {
        String raw = request.request().replaceFirst("\r\n", "\r\nHost: h\r\nConnection: close\r\n");
        String text = raw.contains("\r\n\r\n") ? raw : raw + "\r\n";
        byte[] received;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
            received = socket.getInputStream().readAllBytes();
        }
        String answer = new String(received, StandardCharsets.ISO_8859_1);
        int end = answer.indexOf("\r\n\r\n");
        assertTrue(end > 0, () -> "no answer: " + answer);
        String[] lines = answer.substring(0, end).split("\r\n");
        Map<String, String> headers = new TreeMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.merge(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(),
                    (first, next) -> first + ", " + next);
        }
        String body = answer.substring(end + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunked(body);
        }
        String id = headers.get("x-request-id");
        return new Exchanged(Integer.parseInt(lines[0].split(" ")[1]), headers, body, id == null ? null : LOGS.accessLine(id));
    }

    private static String dechunked(String chunked) {
        StringBuilder body = new StringBuilder();
        int at = 0;
        while (true) {
            int lineEnd = chunked.indexOf("\r\n", at);
            int length = Integer.parseInt(chunked.substring(at, lineEnd).strip(), 16);
            if (length == 0) {
                return body.toString();
            }
            body.append(chunked, lineEnd + 2, lineEnd + 2 + length);
            at = lineEnd + 2 + length + 2;
        }
    }

    /** The log records of the tests' time, access log lines found by request id. */
    static final class LogCapture extends java.util.logging.Handler {

        private final List<java.util.logging.LogRecord> records = new ArrayList<>();

        void start() {
            java.util.logging.Logger.getLogger("").addHandler(this);
        }

        void stop() {
            java.util.logging.Logger.getLogger("").removeHandler(this);
        }

        @Override
        public synchronized void publish(java.util.logging.LogRecord record) {
            records.add(record);
        }

        synchronized List<java.util.logging.LogRecord> since(int mark) {
            return List.copyOf(records.subList(mark, records.size()));
        }

        synchronized int mark() {
            return records.size();
        }

        /** The first access log line for a path logged after a mark, waiting up to 5 s for it. */
        JsonObject accessLineAfter(int mark, String path) throws InterruptedException {
            for (int attempt = 0; attempt < 500; attempt++) {
                for (java.util.logging.LogRecord record : since(mark)) {
                    if (record.getLoggerName().equals("waymark.access") && record.getMessage().contains("\"path\":\"" + path + "\"")) {
                        return Json.createReader(new StringReader(record.getMessage())).readObject();
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no access log line for " + path);
        }

        /** The access log line of a request, waiting up to 5 s for it: a streamed body's is written once it is sent. */
        JsonObject accessLine(String requestId) throws InterruptedException {
            for (int attempt = 0; attempt < 500; attempt++) {
                for (java.util.logging.LogRecord record : since(0)) {
                    if (record.getLoggerName().equals("waymark.access") && record.getMessage().contains("\"" + requestId + "\"")) {
                        return Json.createReader(new StringReader(record.getMessage())).readObject();
                    }
                }
                Thread.sleep(10);
            }
            throw new AssertionError("no access log line for request " + requestId);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
