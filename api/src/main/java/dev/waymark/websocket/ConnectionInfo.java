package dev.waymark.websocket;

import java.time.Instant;
import java.util.Optional;

import dev.waymark.auth.Identity;

/**
 * What is known of one open connection [WS-4-1].
 *
 * @param connectionId the id
 * @param api the name of its WebSocket API
 * @param connectedAt when it opened
 * @param lastActiveAt when it last received a message (or opened)
 * @param sourceIp the client's address
 * @param identity who connected, as the {@code $connect} authorizer established it
 * @since 0.1
 */
public record ConnectionInfo(String connectionId, String api, Instant connectedAt, Instant lastActiveAt, String sourceIp,
        Optional<Identity> identity) {
}
