package dev.waymark.tck.websocket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URL;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.WebSockets;
import dev.waymark.tck.auth.TokenIssuer;
import dev.waymark.tck.websocket.app.JwtSocketApi;

/** $connect: refusals with an HTTP status, authorizers on the handshake (WS-3). */
@Area.WebSocket
class WebSocketConnectIT {

    @ArquillianResource
    private URL base;

    static final TokenIssuer ISSUER = TokenIssuer.start();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return SocketDeployments.sockets("ws-connect").addClass(JwtSocketApi.class)
                .addAsResource(new StringAsset(ISSUER.config()), "META-INF/microprofile-config.properties");
    }

    /** A JWT authorizer takes the token from the header or from the token query parameter. */
    @Assertion({"WS-3-1", "AUTH-2-6"})
    void jwtFromHeaderOrQuery() {
        assertEquals(401, WebSockets.refusalStatus(base, "/jwt-socket"));
        assertEquals(401, WebSockets.refusalStatus(base, "/jwt-socket?token=forged"));
        WebSockets byQuery = WebSockets.connect(base, "/jwt-socket?token=" + ISSUER.token("ann", null));
        assertEquals("ann", byQuery.send("{\"action\":\"whoami\"}").nextText());
        byQuery.close();
        WebSockets byHeader = WebSockets.connect(base, "/jwt-socket", "Authorization", "Bearer " + ISSUER.token("bob", null));
        assertEquals("bob", byHeader.send("{\"action\":\"whoami\"}").nextText());
        byHeader.close();
    }

    /**
     * A $connect handler that throws answers the upgrade with the exception's status, as an HTTP
     * answer on every runtime; no socket opens.
     */
    @Assertion({"WS-3-1", "WS-7-1"})
    void connectHandlerRefusesWithItsStatus() {
        assertEquals(403, WebSockets.refusalStatus(base, "/echo?deny=1"));
        assertEquals(-1, WebSockets.refusalStatus(base, "/echo"));
    }

    /** The API's authorizer decides the handshake, and the handlers see its identity. */
    @Assertion("WS-3-1")
    void authorizerGuardsTheHandshake() {
        assertEquals(401, WebSockets.refusalStatus(base, "/guarded-socket"));
        assertEquals(403, WebSockets.refusalStatus(base, "/guarded-socket?token=key-mallory"));
        WebSockets socket = WebSockets.connect(base, "/guarded-socket?token=key-alice");
        assertEquals("alice pro", socket.send("{\"action\":\"whoami\"}").nextText());
        socket.close();
    }
}
