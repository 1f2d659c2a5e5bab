package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.net.URL;

import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.AccessLogFile;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.WebSockets;
import dev.waymark.tck.websocket.app.LoggedSocketApi;

/** The access log lines of WebSocket events (WS-6). */
@Area.WebSocket
class WebSocketAccessLogIT {

    private static final AccessLogFile LOG = AccessLogFile.create();
    private static final String[] FIELDS = {"requestId", "connectionId", "eventType", "routeKey", "status", "sourceIp", "requestTime", "api"};

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return LOG.writtenBy(Deployments.war("websocket-access-log", LoggedSocketApi.class), "");
    }

    /**
     * A connection's CONNECT, each MESSAGE and its DISCONNECT are one JSON line each, with every
     * field, the connection's id and the API's name.
     */
    @Assertion("WS-6-1")
    void eachEventIsOneJsonLine() {
        WebSockets socket = WebSockets.connect(base, "/logged-socket");
        assertEquals("{\"ACTION\":\"SHOUT\"}", socket.send("{\"action\":\"shout\"}").nextText());
        socket.close();
        JsonObject disconnect = event("DISCONNECT", "$disconnect", null);
        String connectionId = disconnect.getString("connectionId");
        JsonObject connect = event("CONNECT", "$connect", connectionId);
        JsonObject message = event("MESSAGE", "shout", connectionId);
        for (JsonObject line : new JsonObject[] {connect, message, disconnect}) {
            for (String field : FIELDS) {
                assertFalse(line.isNull(field), () -> field + " in " + line);
            }
            assertEquals("logged", line.getString("api"), line::toString);
            assertEquals(200, line.getInt("status"), line::toString);
        }
        assertFalse(connectionId.isEmpty());
    }

    private static JsonObject event(String type, String routeKey, String connectionId) {
        String line = LOG.await(candidate -> {
            JsonObject json = AccessLogFile.json(candidate);
            return type.equals(json.getString("eventType", null)) && routeKey.equals(json.getString("routeKey", null))
                    && (connectionId == null || connectionId.equals(json.getString("connectionId", null)));
        }, type + " " + routeKey);
        return AccessLogFile.json(line);
    }
}
