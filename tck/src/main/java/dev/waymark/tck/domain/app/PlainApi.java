package dev.waymark.tck.domain.app;

import dev.waymark.Api;
import dev.waymark.Route;

/** An API bound to no domain, with the same path as "core": it answers on every other host. */
@Api(name = "plain")
public class PlainApi {

    @Route("GET /core/hello")
    public String hello() {
        return "plain";
    }
}
