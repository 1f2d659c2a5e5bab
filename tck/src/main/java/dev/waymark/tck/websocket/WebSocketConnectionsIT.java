package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;
import dev.waymark.tck.Problems;
import dev.waymark.tck.WebSockets;

/** Connections from REST handlers, GoneException as 410, and $disconnect exactly once (WS-4, WS-5-2). */
@Area.WebSocket
class WebSocketConnectionsIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-connections");
    }

    /** A REST handler sends to a connection by its id, reads its info, and broadcasts. */
    @Assertion("WS-4-1")
    void restHandlersSendToConnections() {
        WebSockets socket = WebSockets.connect(base, "/strict");
        String id = socket.send("{\"action\":\"whoami\"}").nextText();
        Http http = Http.at(base);
        assertEquals(204, http.send("POST", "/socket-admin/push/" + id, "pushed", "Content-Type", "text/plain").statusCode());
        assertEquals("pushed", socket.nextText());
        String info = http.ok("/socket-admin/connections/" + id);
        assertEquals("strict", Problems.json(info).getString("api"), info);
        assertTrue(http.ok("/socket-admin/connections").contains(id));
        assertEquals("1", http.send("POST", "/socket-admin/broadcast/strict", "to all", "Content-Type", "text/plain").body());
        assertEquals("to all", socket.nextText());
        socket.close();
    }

    /** A send to a closed or unknown connection is a 410 problem. */
    @Assertion("WS-4-2")
    void sendsToGoneConnectionsAre410() {
        WebSockets socket = WebSockets.connect(base, "/strict");
        String id = socket.send("{\"action\":\"whoami\"}").nextText();
        socket.close();
        Http http = Http.at(base);
        WebSockets.eventually(() -> http.get("/socket-admin/disconnects/" + id).body().equals("1"));
        Problems.assertProblem(http.send("POST", "/socket-admin/push/" + id, "late", "Content-Type", "text/plain"), 410, "connection-gone");
        Problems.assertProblem(http.send("POST", "/socket-admin/push/no-such-id", "x", "Content-Type", "text/plain"), 410,
                "connection-gone");
    }

    /** $disconnect runs once for a client close, an abrupt drop, and a close by the server. */
    @Assertion("WS-5-2")
    void disconnectRunsExactlyOnce() {
        Http http = Http.at(base);
        WebSockets closing = WebSockets.connect(base, "/strict");
        String closed = closing.send("{\"action\":\"whoami\"}").nextText();
        closing.close();
        WebSockets dropping = WebSockets.connect(base, "/strict");
        String dropped = dropping.send("{\"action\":\"whoami\"}").nextText();
        dropping.abort();
        WebSockets kicked = WebSockets.connect(base, "/strict");
        String kickedId = kicked.send("{\"action\":\"whoami\"}").nextText();
        assertEquals("true", http.send("DELETE", "/socket-admin/connections/" + kickedId, null).body());
        assertEquals(1000, kicked.closeCode(10));
        for (String id : new String[] {closed, dropped, kickedId}) {
            WebSockets.eventually(() -> http.get("/socket-admin/disconnects/" + id).body().equals("1"));
            assertTrue(!http.ok("/socket-admin/connections").contains(id));
        }
        assertEquals("false", http.send("DELETE", "/socket-admin/connections/" + kickedId, null).body());
        HttpResponse<String> twice = http.get("/socket-admin/disconnects/" + kickedId);
        assertEquals("1", twice.body());
    }
}
