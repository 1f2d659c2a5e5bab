package dev.waymark.cluster;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.waymark.auth.Authorize;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.SharedMap;
import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * The WebSocket API every node of the test cluster serves. Each {@code $disconnect} is recorded in
 * a map of the cluster, whichever node runs it, so a test can count them.
 */
@ApplicationScoped
@WebSocketApi(name = "sockets", path = "/ws")
@ConnectionsEndpoint(authorizer = Authorize.NONE)
public class ClusterSocketApi {

    /** The cluster map of the {@code $disconnect}s run, keyed by connection id and a unique suffix. */
    static final String DISCONNECTS = "test-disconnects";

    @Inject
    Cluster cluster;

    @WebSocketRoute("whoami")
    public String whoami(WebSocketEvent event) {
        return event.connectionId() + " " + cluster.localMember();
    }

    @WebSocketRoute("$disconnect")
    public void disconnect(WebSocketEvent event) {
        cluster.map(DISCONNECTS).put(event.connectionId() + "/" + UUID.randomUUID(), cluster.localMember().getBytes(), SharedMap.FOREVER);
    }
}
