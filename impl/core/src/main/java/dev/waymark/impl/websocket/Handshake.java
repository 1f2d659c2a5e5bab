package dev.waymark.impl.websocket;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.auth.Identity;

/**
 * An accepted handshake, handed from the configurator to the connection's endpoint through the
 * connection's own user properties (per connection since Jakarta WebSocket 2.1).
 *
 * @param connectionId the connection's id
 * @param headers the handshake headers, names in lower case
 * @param query the query parameters
 * @param sourceIp the client's address
 * @param identity the {@code $connect} authorizer's identity, or null
 * @param connectedAt when it was accepted
 */
public record Handshake(String connectionId, Map<String, List<String>> headers, Map<String, List<String>> query, String sourceIp,
        Identity identity, Instant connectedAt) {

    /** The user property the handshake is kept under. */
    static final String PROPERTY = "dev.waymark.websocket.handshake";

    Optional<Identity> caller() {
        return Optional.ofNullable(identity);
    }
}
