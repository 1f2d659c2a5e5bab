package dev.waymark.tck.runtime.bad;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteTimeout;

/** A time limit without a unit: deployment fails. */
@Api(basePath = "/bad-timeout")
public class BadTimeoutApi {

    @Route("GET /x")
    @RouteTimeout("30")
    public String x() {
        return "x";
    }
}
