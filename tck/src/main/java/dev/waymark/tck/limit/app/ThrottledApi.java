package dev.waymark.tck.limit.app;

import dev.waymark.Api;
import dev.waymark.RateLimit;
import dev.waymark.Route;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.CustomAuthorizer;
import dev.waymark.auth.Identity;
import dev.waymark.tck.auth.app.KeyAuthorizer;

/** Routes throttled by the API's limit, by their own, by header and by principal, and one lifted. */
// tag::throttle[]
@Api(name = "throttled", basePath = "/throttled")
@RateLimit(rate = 2, per = "1m")
@CustomAuthorizer(name = "key", authorizer = KeyAuthorizer.class, identitySources = "$request.header.X-Api-Key")
public class ThrottledApi {

    @Route("GET /ip")
    public String ip() {
        return "ip";
    }

    @Route("GET /header")
    @RateLimit(rate = 1, per = "1m", key = RateLimit.Key.HEADER, header = "X-Client")
    public String header() {
        return "header";
    }

    @Route("GET /principal")
    @Authorize("key")
    @RateLimit(rate = 1, per = "1m", key = RateLimit.Key.PRINCIPAL)
    public String principal(Identity caller) {
        return caller.principal();
    }

    @Route("GET /free")
    @RateLimit(enabled = false)
    public String free() {
        return "free";
    }
    // end::throttle[]

    @Route("GET /other")
    public String other() {
        return "other";
    }

    @Route("GET /forwarded")
    @RateLimit(rate = 1, per = "1m")
    public String forwarded() {
        return "forwarded";
    }
}
