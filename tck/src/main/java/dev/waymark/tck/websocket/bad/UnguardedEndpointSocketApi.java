package dev.waymark.tck.websocket.bad;

import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/** A management endpoint guarded by an authorizer the API does not declare. */
@WebSocketApi(path = "/unguarded")
@ConnectionsEndpoint(authorizer = "ops")
public class UnguardedEndpointSocketApi {

    @WebSocketRoute("$default")
    public void any() {
    }
}
