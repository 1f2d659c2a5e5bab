package dev.waymark.tck.limit.bad;

import dev.waymark.Api;
import dev.waymark.RateLimit;
import dev.waymark.Route;

/** Keys a rate limit by principal on a route that has no authorizer. */
@Api(basePath = "/anonymous-principal")
public class PrincipalWithoutAuthorizerApi {

    @Route("GET /items")
    @RateLimit(rate = 5, key = RateLimit.Key.PRINCIPAL)
    public String items() {
        return "items";
    }
}
