package dev.waymark.tck.auth.bad;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.ContainerAuthorizer;

/** Chooses an authorizer it does not declare. */
@Api(basePath = "/unknown-authorizer")
@ContainerAuthorizer
public class UnknownAuthorizerApi {

    @Route("GET /items")
    @Authorize("missing")
    public String items() {
        return "items";
    }
}
