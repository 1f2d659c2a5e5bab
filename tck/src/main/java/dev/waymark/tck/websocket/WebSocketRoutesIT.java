package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Problems;
import dev.waymark.tck.WebSockets;

/** Route keys: selection by a nested field, $default, the error reply, return values, bound messages (WS-1, WS-2). */
@Area.WebSocket
class WebSocketRoutesIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-routes");
    }

    /**
     * The route selection expression picks the route; its return value is sent back. The routes
     * of a WebSocket API take a text, a record bound from the message's JSON, or the event with
     * the handshake's headers and query.
     */
    @Assertion({"WS-1-1", "WS-2-1", "WS-2-2"})
    void selectionPicksTheRoute() {
        WebSockets socket = WebSockets.connect(base, "/echo?name=ann", "X-Client", "tck");
        String message = "{\"route\":{\"name\":\"echo\"},\"data\":1}";
        assertEquals("echo " + message, socket.send(message).nextText());
        assertEquals("{\"greeting\":\"hello bob\"}", socket.send("{\"route\":{\"name\":\"greet\"},\"name\":\"bob\"}").nextText());
        JsonObject who = Problems.json(socket.send("{\"route\":{\"name\":\"whoami\"}}").nextText());
        assertEquals("ann", who.getString("name"));
        assertEquals("tck", who.getString("client"));
        assertEquals("whoami", who.getString("routeKey"));
        assertTrue(!who.getString("connectionId").isEmpty());
        socket.close();
    }

    /**
     * A message that is not JSON, lacks the field, or names no route goes to $default; so do
     * binary messages, which a route takes as bytes.
     */
    @Assertion({"WS-1-1", "WS-2-1"})
    void everythingElseGoesToDefault() {
        WebSockets socket = WebSockets.connect(base, "/echo");
        assertEquals("default plain text", socket.send("plain text").nextText());
        assertEquals("default {\"action\":\"echo\"}", socket.send("{\"action\":\"echo\"}").nextText());
        assertEquals("default {\"route\":{\"name\":\"nothing\"}}", socket.send("{\"route\":{\"name\":\"nothing\"}}").nextText());
        assertEquals("default {\"route\":{\"name\":\"$connect\"}}", socket.send("{\"route\":{\"name\":\"$connect\"}}").nextText());
        byte[] binary = {0, 1, 2, (byte) 255};
        assertArrayEquals(binary, (byte[]) socket.send(binary).next());
        socket.close();
    }

    /** Without $default, the sender gets an error message with its connection and request ids, and stays connected. */
    @Assertion("WS-2-1")
    void withoutDefaultTheSenderIsToldAndStays() {
        WebSockets socket = WebSockets.connect(base, "/strict");
        String connectionId = socket.send("{\"action\":\"whoami\"}").nextText();
        JsonObject error = Problems.json(socket.send("{\"action\":\"unknown\"}").nextText());
        assertEquals("Forbidden", error.getString("message"));
        assertEquals(connectionId, error.getString("connectionId"));
        assertTrue(!error.getString("requestId").isEmpty());
        assertEquals("pong", socket.send("{\"action\":\"ping\"}").nextText());
        socket.close();
    }

    /** A message that does not bind is answered with an error message, and the connection stays. */
    @Assertion("WS-2-2")
    void unboundMessagesAreAnsweredWithAnError() {
        WebSockets socket = WebSockets.connect(base, "/echo");
        String error = socket.send("{\"route\":{\"name\":\"greet\"},\"name\":{\"not\":\"a string\"}}").nextText();
        assertTrue(Problems.json(error).getString("message").startsWith("Bad request"), error);
        assertEquals("{\"greeting\":\"hello eve\"}", socket.send("{\"route\":{\"name\":\"greet\"},\"name\":\"eve\"}").nextText());
        socket.close();
    }

    /** The error says where the message does not fit and what was expected, in JSON's terms. */
    @Assertion({"WS-2-2", "BODY-4-4"})
    void unboundMessagesAreToldWhereInJsonTerms() {
        WebSockets socket = WebSockets.connect(base, "/echo");
        String message = Problems.json(socket.send("{\"route\":{\"name\":\"greet\"},\"name\":[1]}").nextText()).getString("message");
        assertTrue(message.contains("/name") && message.contains("expected a string"), message);
        assertTrue(!message.contains("java.") && !message.contains("Exception") && !message.contains("class "), message);
        socket.close();
    }

    /** A JSON message nested deeper than the limit is refused before it is routed, and the connection stays. */
    @Assertion({"BODY-4-1", "WS-2-2"})
    void messagesBeyondTheJsonLimitsAreRefused() {
        WebSockets socket = WebSockets.connect(base, "/echo");
        String deep = "{\"route\":" + "{\"a\":".repeat(200) + "1" + "}".repeat(201);
        String message = Problems.json(socket.send(deep).nextText()).getString("message");
        assertTrue(message.startsWith("Bad request") && message.contains("128 levels"), message);
        assertEquals("default plain text", socket.send("plain text").nextText());
        socket.close();
    }
}
