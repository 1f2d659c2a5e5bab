package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.waymark.RouteTable;

/**
 * The embedded runtime's HTTP/1.1 framing (RFC 9112, RFC 9110), over raw sockets: a request whose
 * framing a proxy could read differently is refused with a problem and the connection closed, so
 * nothing sent after it on the connection is served.
 */
class StrictFramingTest {

    private static final String SMUGGLED = "GET /smuggled HTTP/1.1\r\nHost: h\r\n\r\n";
    private static final long WAIT = 3000;

    private static final AtomicReference<String> lastBody = new AtomicReference<>();
    private static final AtomicReference<String> smuggled = new AtomicReference<>();
    private static Waymark server;

    @BeforeAll
    static void start() {
        RouteTable table = RouteTable.create("framing", "/")
                .add("POST /echo", (request, response) -> {
                    String body = request.bodyAsString();
                    lastBody.set(body);
                    return body;
                })
                .add("GET /hello", (request, response) -> "hello")
                .add("GET /smuggled", (request, response) -> {
                    smuggled.set("served");
                    return "smuggled";
                });
        server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void forget() {
        lastBody.set(null);
        smuggled.set(null);
    }

    private static RawHttp.Exchange send(String request) throws Exception {
        return RawHttp.send(server.port(), request, WAIT);
    }

    private static void assertRefused(RawHttp.Exchange exchange, int status, String type) {
        assertTrue(exchange.startsWith("HTTP/1.1 " + status + " "), exchange.text());
        assertTrue(exchange.text().contains("Content-Type: application/problem+json"), exchange.text());
        assertTrue(exchange.text().contains("Content-Length: "), exchange.text());
        assertTrue(exchange.text().contains("Connection: close"), exchange.text());
        assertTrue(exchange.text().contains("\"type\":\"https://waymark.dev/problems/" + type + "\""), exchange.text());
        assertTrue(exchange.closed(), "the connection is closed: " + exchange.text());
        assertEquals(1, exchange.answers(), exchange.text());
        assertNull(smuggled.get(), "nothing after the refused request is served");
    }

    @Test
    void contentLengthWithChunkedIsRefusedAndTheConnectionClosed() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + SMUGGLED),
                400, "invalid-request");
    }

    @Test
    void chunkedWithContentLengthIsRefusedInEitherOrder() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n" + SMUGGLED),
                400, "invalid-request");
    }

    @Test
    void anUnknownCodingWithContentLengthIsRefused() throws Exception {
        String body = "0\r\n\r\n" + SMUGGLED;
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: xchunked\r\nContent-Length: 5\r\n\r\n" + body),
                400, "invalid-request");
    }

    @Test
    void chunkedThatIsNotTheLastCodingIsRefused() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked, identity\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
                400, "invalid-request");
    }

    @Test
    void twoTransferEncodingFieldsAreReadAsOneList() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n"
                + "5\r\nhello\r\n0\r\n\r\n"), 400, "invalid-request");
    }

    @Test
    void anUnknownTransferCodingIsNotImplemented() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: foo, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
                501, "not-implemented");
    }

    @Test
    void aCompressingTransferCodingIsNotImplemented() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: gzip, chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"),
                501, "not-implemented");
    }

    @Test
    void aChunkLongerThanItsSizeIsRefusedNotTruncated() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n" + SMUGGLED),
                400, "invalid-request");
        assertNull(lastBody.get(), "the handler never sees a truncated body");
    }

    @Test
    void aChunkShorterThanItsSizeIsRefused() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel\r\n0\r\n\r\n"), 400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Content-Length: 5\r\nContent-Length: 5", "Content-Length: 5\r\nContent-Length: 6", "Content-Length: 5, 5",
        "Content-Length: +5", "Content-Length: 0x5", "Content-Length: 99999999999999999999"})
    void severalOrInvalidContentLengthsAreRefused(String fields) throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\n" + fields + "\r\n\r\nhello" + SMUGGLED), 400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"X-Name: a\u0000b", "X-Name: a\rb", "X-Name : value", "X-Name\tvalue", "NoColonHere",
        "X-Name: first\r\n  folded", "X Name: value", "X-Name: a\u007fb", ": no name",
        "\u00c4f-Match: value"})
    void malformedFieldLinesAreRefused(String field) throws Exception {
        assertRefused(send("GET /hello HTTP/1.1\r\nHost: h\r\n" + field + "\r\n\r\n" + SMUGGLED), 400, "invalid-request");
    }

    @Test
    void chunkExtensionsAreRefusedWithAProblem() throws Exception {
        assertRefused(send("POST /echo HTTP/1.1\r\nHost: h\r\nTransfer-Encoding: chunked\r\n\r\n5;name=value\r\nhello\r\n0\r\n\r\n"),
                400, "invalid-request");
    }

    @Test
    void anEmptyLineBeforeTheRequestLineIsRefused() throws Exception {
        assertRefused(send("\r\nGET /hello HTTP/1.1\r\nHost: h\r\n\r\n"), 400, "invalid-request");
    }

    @Test
    void aLineEndingInLfAloneIsRefused() throws Exception {
        assertRefused(send("GET /hello HTTP/1.1\nHost: h\n\n"), 400, "invalid-request");
    }

    @ParameterizedTest
    @ValueSource(strings = {"GARBAGE\r\n\r\n", "GET\r\n\r\n", "GET /hello\r\n\r\n", "GET  /hello HTTP/1.1\r\nHost: h\r\n\r\n",
        "GET /hello HTTP/1.1 extra\r\nHost: h\r\n\r\n", "GET hello HTTP/1.1\r\nHost: h\r\n\r\n", "GET * HTTP/1.1\r\nHost: h\r\n\r\n",
        "G(T /hello HTTP/1.1\r\nHost: h\r\n\r\n", "GET /hello HTTP/x.1\r\nHost: h\r\n\r\n"})
    void anUnparseableRequestLineIsRefusedAtOnce(String request) throws Exception {
        RawHttp.Exchange exchange = send(request);
        assertRefused(exchange, 400, "invalid-request");
        assertTrue(exchange.millis() < 1000, "answered in " + exchange.millis() + " ms");
    }

    @Test
    void aTlsHandshakeOnThePlainPortIsRefusedAtOnce() throws Exception {
        byte[] clientHello = {0x16, 0x03, 0x01, 0x00, (byte) 0xa5, 0x01, 0x00, 0x00, (byte) 0xa1, 0x03, 0x03};
        RawHttp.Exchange exchange = RawHttp.send(server.port(), clientHello, WAIT);
        assertRefused(exchange, 400, "invalid-request");
    }

    @Test
    void rawNonAsciiBytesInTheTargetAreRefused() throws Exception {
        byte[] request = "GET /caf\u00c3\u00a9 HTTP/1.1\r\nHost: h\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertRefused(RawHttp.send(server.port(), request, WAIT), 400, "invalid-request");
    }

    @Test
    void anotherHttpVersionIsNotSupported() throws Exception {
        assertRefused(send("GET /hello HTTP/2.0\r\nHost: h\r\n\r\n"), 505, "http-version-not-supported");
    }

    @Test
    void anHttp11RequestWithoutHostIsRefusedWithAProblem() throws Exception {
        assertRefused(send("GET /hello HTTP/1.1\r\n\r\n"), 400, "invalid-request");
    }

    @Test
    void transferEncodingInAnHttp10RequestIsRefused() throws Exception {
        assertRefused(send("POST /echo HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\n\r\n"), 400, "invalid-request");
    }

    @Test
    void connectIsAnsweredWithALengthAndTheConnectionClosed() throws Exception {
        assertRefused(send("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"), 501, "not-implemented");
    }

    @Test
    void optionsForTheWholeServerIsAnsweredWithALength() throws Exception {
        RawHttp.Exchange exchange = send("OPTIONS * HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertTrue(exchange.text().matches("(?s)HTTP/1\\.1 \\d{3} .*"), exchange.text());
        assertTrue(exchange.text().contains("Content-Length: ") || exchange.text().startsWith("HTTP/1.1 204 "), exchange.text());
        assertTrue(exchange.closed(), exchange.text());
    }

    @Test
    void headersLargerThanTheLimitAreRefusedWithAProblem() throws Exception {
        assertRefused(send("GET /hello HTTP/1.1\r\nHost: h\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n"), 431, "headers-too-large");
    }

    @Test
    void tooManyHeaderFieldsAreRefusedWithAProblem() throws Exception {
        assertRefused(send("GET /hello HTTP/1.1\r\nHost: h\r\n" + "X-Field: v\r\n".repeat(200) + "\r\n"), 431, "headers-too-large");
    }

    @Test
    void aWellFramedChunkedBodyWithTrailersIsServed() throws Exception {
        RawHttp.Exchange exchange = send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n3\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: t\r\n\r\n");
        assertTrue(exchange.startsWith("HTTP/1.1 200 "), exchange.text());
        assertEquals("hello", lastBody.get());
    }

    @Test
    void pipelinedRequestsAreAllServed() throws Exception {
        RawHttp.Exchange exchange = send("POST /echo HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n\r\nhello"
                + "GET /hello HTTP/1.1\r\nHost: h\r\n\r\nGET /hello HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n");
        assertEquals(3, exchange.answers(), exchange.text());
        assertFalse(exchange.text().contains("problem"), exchange.text());
    }
}
