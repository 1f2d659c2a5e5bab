package dev.waymark.tck.websocket.app;

import dev.waymark.auth.Authorize;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.Identity;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/** A WebSocket API whose $connect and @connections endpoint are guarded by a custom authorizer on a query parameter. */
@WebSocketApi(name = "guarded-socket", path = "/guarded-socket")
@CustomAuthorizer(name = "key", authorizer = KeyAuthorizer.class, identitySources = "$request.querystring.token")
@Authorize("key")
@ConnectionsEndpoint(authorizer = "key")
public class GuardedSocketApi {

    @WebSocketRoute("id")
    public String id(WebSocketEvent event) {
        return event.connectionId();
    }

    @WebSocketRoute("whoami")
    public String whoami(Identity caller) {
        return caller.principal() + " " + caller.context().get("plan");
    }
}
