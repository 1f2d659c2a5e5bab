package dev.waymark.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.waymark.RouteTable;

/** How the embedded listener treats the unread body of a refused request. */
class EmbeddedApplicationTest {

    private static final int DEFAULT_LIMIT = 1024 * 1024;

    private static Waymark server;

    @BeforeAll
    static void start() {
        RouteTable table = RouteTable.create("uploads", "/")
                .add("POST /upload", (request, response) -> request.bodyAsString().length());
        server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of()).api(table).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /**
     * The 413 for a declared length goes out before any of the body is read. A body just over the
     * limit is then read to its end before the connection is closed: closed at once, the body
     * arriving after the close would make TCP reset the connection, and a client still sending
     * could lose the answer.
     */
    @Test
    void aBodyJustOverTheLimitIsReadToItsEndBeforeTheConnectionCloses() throws Exception {
        int length = DEFAULT_LIMIT + 1;
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("POST /upload HTTP/1.1\r\nHost: h\r\nContent-Type: text/plain\r\nContent-Length: " + length
                    + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            String head = readHead(in);
            assertTrue(head.startsWith("HTTP/1.1 413 "), head);
            assertTrue(head.contains("\r\nConnection: close\r\n"), head);
            byte[] problem = in.readNBytes(contentLength(head));
            assertTrue(new String(problem, StandardCharsets.UTF_8).contains("body-too-large"));

            byte[] body = new byte[length];
            Arrays.fill(body, (byte) 'x');
            out.write(body);
            out.flush();
            assertEquals(-1, in.read(), "the server closes the connection cleanly once it has read the body");
        }
    }

    private static String readHead(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int next = in.read();
            if (next < 0) {
                throw new AssertionError("connection closed in the answer's head: " + head);
            }
            head.write(next);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    private static int contentLength(String head) {
        for (String line : head.split("\r\n")) {
            if (line.regionMatches(true, 0, "Content-Length:", 0, 15)) {
                return Integer.parseInt(line.substring(15).trim());
            }
        }
        throw new AssertionError("no Content-Length: " + head);
    }
}
