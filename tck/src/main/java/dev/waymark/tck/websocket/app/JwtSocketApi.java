package dev.waymark.tck.websocket.app;

import dev.waymark.auth.Authorize;
import dev.waymark.auth.Identity;
import dev.waymark.auth.JwtAuthorizer;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/** A WebSocket API whose $connect needs a JWT, in the Authorization header or the token query parameter. */
@WebSocketApi(name = "jwt-socket", path = "/jwt-socket")
@JwtAuthorizer(name = "jwt", issuer = "https://issuer.waymark.test", audiences = "tck", tokenQueryParameter = "token")
@Authorize("jwt")
public class JwtSocketApi {

    @WebSocketRoute("whoami")
    public String whoami(Identity caller) {
        return caller.principal();
    }
}
