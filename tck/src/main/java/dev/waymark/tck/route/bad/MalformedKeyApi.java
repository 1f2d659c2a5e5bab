package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** A route key with an unclosed parameter. */
@Api(basePath = "/malformed")
public class MalformedKeyApi {

    @Route("GET /notes/{id")
    public String note() {
        return "note";
    }
}
