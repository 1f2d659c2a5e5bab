package dev.waymark.impl.graphql;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import dev.waymark.impl.websocket.WebSocketProtocol;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;
import io.smallrye.graphql.websocket.GraphQLWebSocketSession;
import io.smallrye.graphql.websocket.graphqltransportws.GraphQLTransportWSSubprotocolHandler;

/**
 * Subscriptions of the code-first schema over WebSocket with the {@code graphql-transport-ws}
 * protocol [GQL-4-1], handled by SmallRye GraphQL's own protocol handler, one per connection (it
 * finds the execution service as a CDI bean, which {@link GraphQLApiClasses} adds); its messages
 * go out through {@link Connections}.
 */
final class SubscriptionProtocol implements WebSocketProtocol {

    private final Map<String, GraphQLTransportWSSubprotocolHandler> sessions = new ConcurrentHashMap<>();

    @Override
    public String subprotocol() {
        return "graphql-transport-ws";
    }

    @Override
    public void received(String connectionId, String text, Connections connections) {
        sessions.computeIfAbsent(connectionId, id -> new GraphQLTransportWSSubprotocolHandler(new Session(id, connections), new ConcurrentHashMap<>()))
                .onMessage(text);
    }

    @Override
    public void closed(String connectionId) {
        GraphQLTransportWSSubprotocolHandler handler = sessions.remove(connectionId);
        if (handler != null) {
            handler.onClose();
        }
    }

    /** One connection as SmallRye's handler sees it; sends are serialised per connection by the runtime. */
    private record Session(String connectionId, Connections connections) implements GraphQLWebSocketSession {

        @Override
        public void sendMessage(String message) throws IOException {
            try {
                connections.send(connectionId, message);
            } catch (GoneException e) {
                throw new IOException("Connection " + connectionId + " is gone", e);
            }
        }

        @Override
        public void close(short statusCode, String reason) {
            connections.close(connectionId);
        }

        @Override
        public boolean isClosed() {
            return connections.info(connectionId).isEmpty();
        }
    }
}
