package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.SecurityContext;

import dev.waymark.BodyLimit;
import dev.waymark.auth.Authorize;

/** A resource without settings of its own but two, under {@link SecureApplication}'s. */
@Path("vault")
public class VaultResource {

    @GET
    public String read(@Context SecurityContext security) {
        return "vault of " + security.getUserPrincipal().getName();
    }

    @POST
    public String store(String body) {
        return String.valueOf(body.length());
    }

    @POST
    @Path("large")
    @BodyLimit("4kb")
    public String storeLarge(String body) {
        return String.valueOf(body.length());
    }

    @GET
    @Path("health")
    @Authorize(Authorize.NONE)
    public String health() {
        return "ok";
    }
}
