package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** A base path that does not start with a slash. */
@Api(basePath = "relative")
public class RelativeBasePathApi {

    @Route("GET /up")
    public String up() {
        return "up";
    }
}
