package dev.waymark.impl.websocket;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.waymark.auth.Identity;
import dev.waymark.websocket.WebSocketEvent;

/**
 * One event of a connection.
 *
 * @param type the kind of event
 * @param routeKey the route that takes it
 * @param requestId the event's id
 * @param handshake the connection's handshake
 */
record DefaultWebSocketEvent(Type type, String routeKey, String requestId, Handshake handshake) implements WebSocketEvent {

    @Override
    public String connectionId() {
        return handshake.connectionId();
    }

    @Override
    public String sourceIp() {
        return handshake.sourceIp();
    }

    @Override
    public Optional<String> header(String name) {
        List<String> values = handshake.headers().get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public Optional<String> query(String name) {
        List<String> values = handshake.query().get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
    }

    @Override
    public Map<String, List<String>> queryParams() {
        return handshake.query();
    }

    @Override
    public Optional<Identity> identity() {
        return handshake.caller();
    }
}
