package dev.waymark.tck.auth.bad;

import jakarta.annotation.security.RolesAllowed;

import dev.waymark.Api;
import dev.waymark.Route;

/** Allows roles on a route that has no authorizer, which would leave it open. */
@Api(basePath = "/unguarded-roles")
public class UnguardedRolesApi {

    @Route("DELETE /items/{id}")
    @RolesAllowed("admin")
    public String delete() {
        return "deleted";
    }
}
