package dev.waymark.tck.auth.app;

import java.util.Map;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

import org.eclipse.microprofile.jwt.JsonWebToken;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.Route;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.ContainerAuthorizer;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.Identity;
import dev.waymark.auth.JwtAuthorizer;

/**
 * An API guarded by a JWT authorizer by default, with routes that choose a PEM-keyed JWT
 * authorizer, custom authorizers, the container, or none. The JWKS URL and the PEM key come from
 * the archive's configuration ({@code waymark.auth.jwt.jwks-url}, {@code waymark.auth.pem.public-key}).
 */
// tag::declare[]
@Api(name = "guarded", basePath = "/guarded")
@JwtAuthorizer(name = "jwt", issuer = "https://issuer.waymark.test", audiences = "tck")
@JwtAuthorizer(name = "pem", issuer = "https://issuer.waymark.test", audiences = "tck")
@CustomAuthorizer(name = "key", authorizer = KeyAuthorizer.class, identitySources = "$request.header.X-Api-Key", resultTtl = "1h")
@CustomAuthorizer(name = "ticket", authorizer = KeyAuthorizer.class, identitySources = "$request.querystring.ticket", denyStatus = 401)
@CustomAuthorizer(name = "session", authorizer = KeyAuthorizer.class, identitySources = {"$request.cookie.session", "$request.header.X-Tenant"})
@ContainerAuthorizer(name = "server")
@Authorize("jwt")
public class GuardedApi {

    @Inject
    JsonWebToken injected;

    @Route("GET /me")
    public Map<String, Object> me(ApiRequest request) {
        Identity identity = request.identity().orElseThrow();
        return Map.of("authorizer", identity.authorizer(), "principal", identity.principal(),
                "scopes", new TreeSet<>(identity.scopes()), "issuer", identity.claims().get("iss"));
    }

    @Route("GET /health")
    @Authorize(Authorize.NONE)
    public String health() {
        return "ok";
    }

    @Route("POST /notes")
    @Authorize(value = "jwt", scopes = {"notes:write", "notes:admin"})
    public String write(JsonWebToken token) {
        return "written by " + token.getName();
    }
    // end::declare[]

    @Route("GET /injected")
    public String injected() {
        return injected.getName() + " " + injected.getIssuer();
    }

    @Route("GET /pem")
    @Authorize("pem")
    public String pem(Identity identity) {
        return identity.authorizer() + " " + identity.principal();
    }

    @Route("GET /key/{item}")
    @Authorize("key")
    public Map<String, Object> key(@PathParam("item") String item, Identity identity) {
        return Map.of("item", item, "principal", identity.principal(), "plan", identity.context().get("plan"));
    }

    @Route("GET /ticket")
    @Authorize("ticket")
    public String ticket(Identity identity) {
        return identity.principal();
    }

    @Route("GET /session")
    @Authorize("session")
    public String session(Identity identity) {
        return identity.principal();
    }

    @Route("GET /key-calls")
    @Authorize(Authorize.NONE)
    public int keyCalls() {
        return KeyAuthorizer.calls();
    }

    @Route("GET /server/me")
    @Authorize("server")
    public String serverMe(Identity identity) {
        return identity.principal();
    }

    @Route("DELETE /server/items/{id}")
    @Authorize("server")
    @RolesAllowed("admin")
    public String serverDelete(@PathParam("id") String id, Identity identity) {
        return id + " deleted by " + identity.principal();
    }
}
