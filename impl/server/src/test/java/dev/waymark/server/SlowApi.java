package dev.waymark.server;

import jakarta.ws.rs.QueryParam;

import dev.waymark.Api;
import dev.waymark.Route;

/** An API found by class-path discovery in {@link WaymarkMainTest}. */
@Api(basePath = "/slow")
public class SlowApi {

    @Route("GET /sleep")
    public String sleep(@QueryParam("ms") long millis) throws InterruptedException {
        Thread.sleep(millis);
        return "slept " + millis;
    }
}
