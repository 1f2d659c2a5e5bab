package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Deployments;
import dev.waymark.tck.Http;
import dev.waymark.tck.WebSockets;
import dev.waymark.tck.websocket.app.SocketAdminApi;
import dev.waymark.tck.websocket.app.SocketRecords;
import dev.waymark.tck.websocket.app.StrictSocketApi;
import dev.waymark.tck.websocket.registry.RecordingRegistry;
import dev.waymark.tck.websocket.registry.RegistryCallsApi;

/** The application's own connection registry (WS-4-3). */
@Area.WebSocket
class WebSocketRegistryIT {

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive registry() {
        return Deployments.war("ws-registry", StrictSocketApi.class, SocketAdminApi.class, SocketRecords.class,
                SocketRecords.Greeting.class, RecordingRegistry.class, RegistryCallsApi.class);
    }

    /**
     * A connection is added to the application's registry when it opens, found there to send to it,
     * listed from it for a broadcast, and removed when it ends.
     */
    @Assertion("WS-4-3")
    void connectionsAreKeptInTheApplicationsRegistry() {
        Http http = Http.at(base);
        WebSockets socket = WebSockets.connect(base, "/strict");
        String id = socket.send("{\"action\":\"whoami\"}").nextText();
        assertTrue(http.ok("/registry/calls").contains("\"add " + id + "\""), () -> http.ok("/registry/calls"));

        assertEquals(204, http.send("POST", "/socket-admin/push/" + id, "pushed", "Content-Type", "text/plain").statusCode());
        assertEquals("pushed", socket.nextText());
        assertTrue(http.ok("/registry/calls").contains("\"find " + id + "\""), () -> http.ok("/registry/calls"));

        assertEquals("1", http.send("POST", "/socket-admin/broadcast/strict", "to all", "Content-Type", "text/plain").body());
        assertEquals("to all", socket.nextText());
        assertTrue(http.ok("/registry/calls").contains("\"all\""), () -> http.ok("/registry/calls"));

        socket.close();
        WebSockets.eventually(() -> http.ok("/registry/calls").contains("\"remove " + id + "\""));
        assertEquals("[]", http.ok("/socket-admin/connections"));
    }
}
