package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import dev.waymark.auth.Authorize;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.JwtAuthorizer;
import dev.waymark.tck.auth.app.KeyAuthorizer;

/**
 * A plain JAX-RS resource guarded by a JWT authorizer by default, with methods that require a
 * scope, choose a custom authorizer, or none. The JWKS URL comes from the archive's configuration
 * ({@code waymark.auth.jwt.jwks-url}).
 */
@Path("guarded")
@JwtAuthorizer(name = "jwt", issuer = "https://issuer.waymark.test", audiences = "tck")
@CustomAuthorizer(name = "key", authorizer = KeyAuthorizer.class, identitySources = "$request.header.X-Api-Key")
@Authorize("jwt")
public class GuardedOrdersResource {

    @GET
    @Path("me")
    public String me(@Context SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    @POST
    @Path("orders")
    @Authorize(value = "jwt", scopes = "orders:write")
    public String create(@Context SecurityContext security) {
        return "created by " + security.getUserPrincipal().getName();
    }

    @GET
    @Path("key")
    @Authorize("key")
    public String key(@Context SecurityContext security) {
        return security.getUserPrincipal().getName();
    }

    @GET
    @Path("open")
    @Authorize(Authorize.NONE)
    public String open() {
        return "open";
    }
}
