package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import jakarta.json.JsonObject;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.WebSockets;

/** The @connections management endpoint: POST, GET and DELETE by connection id, 410 for gone ids, guarded by an authorizer (WS-4-4). */
@Area.WebSocket
class WebSocketManagementIT {

    private static final String KEY = "X-Api-Key";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-management");
    }

    /** A connection of the table API, its id, and its management endpoint. */
    private record Operated(WebSockets socket, String id, String endpoint) {
    }

    private Operated open() {
        WebSockets socket = WebSockets.connect(base, "/table-socket?room=ops");
        String id = socket.send("{\"type\":\"whoami\"}").nextText();
        return new Operated(socket, id, "/table-socket/@connections/" + id);
    }

    /** POST sends the body as text, or as binary for application/octet-stream; GET describes the connection. */
    @Assertion("WS-4-4")
    void postSendsAndGetDescribes() {
        Operated operated = open();
        WebSockets socket = operated.socket();
        String id = operated.id();
        Http http = Http.at(base);
        String endpoint = operated.endpoint();
        assertEquals(204, http.send("POST", endpoint, "pushed", "Content-Type", "text/plain", KEY, "key-alice").statusCode());
        assertEquals("pushed", socket.nextText());
        HttpResponse<String> binary = http.send(http.request(endpoint).header("Content-Type", "application/octet-stream").header(KEY,
                "key-alice").POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {7, 8, 9})).build());
        assertEquals(204, binary.statusCode(), binary.body());
        assertArrayEquals(new byte[] {7, 8, 9}, (byte[]) socket.next());

        HttpResponse<String> info = http.send("GET", endpoint, null, KEY, "key-bob");
        assertEquals(200, info.statusCode(), info.body());
        JsonObject described = Problems.json(info);
        assertEquals(id, described.getString("connectionId"));
        assertEquals("table-socket", described.getString("api"));
        assertTrue(described.getString("sourceIp").matches("[0-9a-fA-F.:]+"), info.body());
        assertTrue(described.getString("connectedAt").compareTo(described.getString("lastActiveAt")) <= 0, info.body());
        socket.close();
    }

    /** DELETE closes the connection ($disconnect runs once); afterwards every method answers 410 connection-gone. */
    @Assertion("WS-4-4")
    void deleteClosesAndGoneIdsAre410() {
        Operated operated = open();
        WebSockets socket = operated.socket();
        String id = operated.id();
        Http http = Http.at(base);
        String endpoint = operated.endpoint();
        assertEquals(204, http.send("DELETE", endpoint, null, KEY, "key-alice").statusCode());
        assertEquals(1000, socket.closeCode(10));
        WebSockets.eventually(() -> http.get("/socket-admin/disconnects/" + id).body().equals("1"));
        Problems.assertProblem(http.send("GET", endpoint, null, KEY, "key-alice"), 410, "connection-gone");
        Problems.assertProblem(http.send("POST", endpoint, "late", "Content-Type", "text/plain", KEY, "key-alice"), 410, "connection-gone");
        Problems.assertProblem(http.send("DELETE", endpoint, null, KEY, "key-alice"), 410, "connection-gone");
        Problems.assertProblem(http.send("GET", "/table-socket/@connections/no-such-id", null, KEY, "key-alice"), 410, "connection-gone");
        assertEquals("1", http.get("/socket-admin/disconnects/" + id).body());
    }

    /** The endpoint's authorizer refuses callers without a key (401) and with a wrong one (403), and sends nothing then. */
    @Assertion("WS-4-4")
    void theEndpointIsGuarded() {
        Operated operated = open();
        WebSockets socket = operated.socket();
        Http http = Http.at(base);
        String endpoint = operated.endpoint();
        assertEquals(401, http.send("POST", endpoint, "no key", "Content-Type", "text/plain").statusCode());
        assertEquals(403, http.send("POST", endpoint, "bad key", "Content-Type", "text/plain", KEY, "key-mallory").statusCode());
        assertEquals(401, http.send("DELETE", endpoint, null).statusCode());
        assertEquals(401, http.send("GET", endpoint, null).statusCode());
        assertEquals(204, http.send("POST", endpoint, "with key", "Content-Type", "text/plain", KEY, "key-alice").statusCode());
        assertEquals("with key", socket.nextText());
        socket.close();
    }

    /** A body larger than the API's maximum message size is refused with 413. */
    @Assertion("WS-4-4")
    void bodiesOverTheMessageSizeAre413() {
        Operated operated = open();
        Http http = Http.at(base);
        Problems.assertProblem(http.send("POST", operated.endpoint(), "x".repeat(128 * 1024 + 1), "Content-Type", "text/plain", KEY,
                "key-alice"), 413, "body-too-large");
        assertEquals(204, http.send("POST", operated.endpoint(), "x".repeat(128 * 1024), "Content-Type", "text/plain", KEY, "key-alice")
                .statusCode());
        assertEquals(128 * 1024, operated.socket().nextText().length());
        operated.socket().close();
    }

    /** The endpoint of a @WebSocketApi class with @ConnectionsEndpoint, guarded by its $connect authorizer, names the principal. */
    @Assertion("WS-4-4")
    void classesServeTheEndpointToo() {
        WebSockets socket = WebSockets.connect(base, "/guarded-socket?token=key-bob");
        assertEquals("bob free", socket.send("{\"action\":\"whoami\"}").nextText());
        String id = socket.send("{\"action\":\"id\"}").nextText();
        Http http = Http.at(base);
        HttpResponse<String> info = http.send("GET", "/guarded-socket/@connections/" + id + "?token=key-alice", null);
        assertEquals(200, info.statusCode(), info.body());
        assertEquals("bob", Problems.json(info).getString("principal"));
        assertEquals(403, http.send("GET", "/guarded-socket/@connections/" + id + "?token=nope", null).statusCode());
        socket.close();
    }
}
