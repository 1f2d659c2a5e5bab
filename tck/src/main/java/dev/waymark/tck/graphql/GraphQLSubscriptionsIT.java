package dev.waymark.tck.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;

import dev.waymark.tck.Area;
import dev.waymark.tck.Assertion;
import dev.waymark.tck.Http;
import dev.waymark.tck.WebSockets;

/** Subscriptions over WebSocket with graphql-transport-ws (GQL-4-1), fed by subscription events (GQL-6-1). */
@Tag("graphql-subscriptions")
@Area.GraphQL
class GraphQLSubscriptionsIT {

    private static final String PROTOCOL = "graphql-transport-ws";

    @ArquillianResource
    private URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return GraphQLDeployments.withSubscriptions("gql-subscriptions");
    }

    private static JsonObject parse(String message) {
        return Json.createReader(new StringReader(message)).readObject();
    }

    /** The protocol is agreed in the handshake; connection_init is acknowledged and ping answered with pong. */
    @Assertion("GQL-4-1")
    void theConnectionSpeaksGraphQLTransportWs() {
        WebSockets socket = WebSockets.connectWithSubprotocol(base, "/books/graphql", PROTOCOL);
        try {
            assertEquals(PROTOCOL, socket.subprotocol());
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("connection_ack", parse(socket.nextText()).getString("type"));
            socket.send("{\"type\":\"ping\"}");
            assertEquals("pong", parse(socket.nextText()).getString("type"));
        } finally {
            socket.close();
        }
    }

    /**
     * A subscription receives a next message for each event, published through the
     * implementation's subscription events, and ends with complete from the client.
     */
    @Assertion({"GQL-4-1", "GQL-6-1"})
    void aSubscriptionReceivesEachEvent() {
        WebSockets socket = WebSockets.connectWithSubprotocol(base, "/books/graphql", PROTOCOL);
        try {
            socket.send("{\"type\":\"connection_init\"}");
            assertEquals("connection_ack", parse(socket.nextText()).getString("type"));
            socket.send("{\"id\":\"s1\",\"type\":\"subscribe\",\"payload\":{\"query\":\"subscription { bookAdded { title } }\"}}");
            Http http = Http.at(base);
            Set<String> added = new HashSet<>();
            Optional<String> event = Optional.empty();
            for (int attempt = 0; attempt < 20 && event.isEmpty(); attempt++) {
                String title = "Emma " + attempt;
                assertEquals(200, GraphQL.post(http, "/books/graphql", "mutation { addBook(title: \"" + title + "\") { id } }").statusCode());
                added.add(title);
                event = socket.nextText(Duration.ofMillis(500));
            }
            assertTrue(event.isPresent(), "no event after adding " + added);
            JsonObject next = parse(event.get());
            assertEquals("next", next.getString("type"), event.get());
            assertEquals("s1", next.getString("id"));
            String title = next.getJsonObject("payload").getJsonObject("data").getJsonObject("bookAdded").getString("title");
            assertTrue(added.contains(title), title + " is not one of " + added);
            socket.send("{\"id\":\"s1\",\"type\":\"complete\"}");
            socket.send("{\"type\":\"ping\"}");
            String after = socket.nextText();
            while (parse(after).getString("type").equals("next")) {
                after = socket.nextText();
            }
            assertEquals("pong", parse(after).getString("type"));
        } finally {
            socket.close();
        }
    }

    /** The handshake passes the API's CORS origins: another origin is refused, no socket opens. */
    @Assertion("GQL-4-1")
    void theHandshakeKeepsToTheApisOrigins() {
        assertEquals(403, WebSockets.refusalStatus(base, "/books/graphql", "Origin", "https://elsewhere.example.test"));
    }
}
