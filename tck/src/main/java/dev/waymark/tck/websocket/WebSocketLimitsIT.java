package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.WebSockets;

/** Limits: message size (1009), idle timeout and maximum duration (WS-5-1). */
@Area.WebSocket
class WebSocketLimitsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-limits");
    }

    /** A message over the limit closes the connection with 1009. */
    @Assertion("WS-5-1")
    void oversizedMessagesClose1009() {
        WebSockets socket = WebSockets.connect(base, "/strict");
        assertEquals("pong", socket.send("{\"action\":\"ping\"}").nextText());
        socket.send("{\"action\":\"ping\",\"pad\":\"" + "x".repeat(2048) + "\"}");
        assertEquals(1009, socket.closeCode(10));
    }

    /** An idle connection is closed after the idle timeout; an active one is not. */
    @Assertion("WS-5-1")
    void idleConnectionsAreClosed() throws InterruptedException {
        WebSockets idle = WebSockets.connect(base, "/strict");
        WebSockets active = WebSockets.connect(base, "/strict");
        long start = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            Thread.sleep(700);
            assertEquals("pong", active.send("{\"action\":\"ping\"}").nextText());
        }
        idle.closeCode(10);
        long idleFor = (System.nanoTime() - start) / 1_000_000;
        assertTrue(idleFor >= 1500, "closed after " + idleFor + " ms, before the 2 s idle timeout");
        assertEquals("pong", active.send("{\"action\":\"ping\"}").nextText());
        active.close();
    }

    /** A connection is closed at its maximum duration, however active. */
    @Assertion("WS-5-1")
    void connectionsEndAtTheirMaximumDuration() throws InterruptedException {
        WebSockets socket = WebSockets.connect(base, "/strict");
        long start = System.nanoTime();
        for (int i = 0; i < 10 && (System.nanoTime() - start) < 3_000_000_000L; i++) {
            Thread.sleep(500);
            assertEquals("pong", socket.send("{\"action\":\"ping\"}").nextText());
        }
        assertEquals(1001, socket.closeCode(10));
        assertTrue((System.nanoTime() - start) / 1_000_000 >= 3000);
    }
}
