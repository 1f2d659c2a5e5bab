package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** A handler method that is static. */
@Api(basePath = "/static")
public class StaticHandlerApi {

    @Route("GET /up")
    public static String up() {
        return "up";
    }
}
