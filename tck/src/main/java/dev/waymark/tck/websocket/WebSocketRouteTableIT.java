package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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

/** WebSocket route tables: the programmatic form, with routes added while it runs (WS-1-3). */
@Area.WebSocket
class WebSocketRouteTableIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-tables");
    }

    /** A table's $connect, its routes by its own selection expression, and $default for text and binary. */
    @Assertion("WS-1-3")
    void tablesRouteAsClassesDo() {
        assertEquals(400, WebSockets.refusalStatus(base, "/table-socket"));
        WebSockets socket = WebSockets.connect(base, "/table-socket?room=r1");
        JsonObject echo = Problems.json(socket.send("{\"type\":\"echo\",\"text\":\"hi\"}").nextText());
        assertEquals("hi", echo.getString("echo"));
        assertEquals("r1", echo.getString("room"));
        assertEquals("default: plain", socket.send("plain").nextText());
        assertEquals("default: {\"action\":\"echo\"}", socket.send("{\"action\":\"echo\"}").nextText());
        assertEquals("default: 3 bytes", socket.send(new byte[] {1, 2, 3}).nextText());
        socket.close();
    }

    /** A route added after deployment takes the next message of an open connection; a key the table has, or an invalid one, is refused. */
    @Assertion("WS-1-3")
    void routesAddedWhileRunningTakeTheNextMessage() {
        WebSockets socket = WebSockets.connect(base, "/table-socket?room=r2");
        String late = "{\"type\":\"late\"}";
        assertEquals("default: " + late, socket.send(late).nextText());
        Http http = Http.at(base);
        HttpResponse<String> added = http.send("POST", "/table-socket-admin/routes/late", null);
        assertEquals(200, added.statusCode(), added.body());
        assertTrue(added.body().contains("late"), added.body());
        assertEquals("added late: " + late, socket.send(late).nextText());

        HttpResponse<String> again = http.send("POST", "/table-socket-admin/routes/late", null);
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("already has route key 'late'"), again.body());
        HttpResponse<String> invalid = http.send("POST", "/table-socket-admin/routes/%24bogus", null);
        assertEquals(409, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("Invalid WebSocket route key '$bogus'"), invalid.body());
        socket.close();
    }
}
