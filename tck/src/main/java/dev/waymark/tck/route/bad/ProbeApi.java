package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** A valid API deployed beside an invalid one: it must not be served either. */
@Api(basePath = "/probe")
public class ProbeApi {

    @Route("GET /up")
    public String up() {
        return "up";
    }
}
