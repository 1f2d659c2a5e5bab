package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** A handler with two unannotated parameters. */
@Api(basePath = "/bodies")
public class TwoBodiesApi {

    @Route("POST /notes")
    public String create(String first, String second) {
        return first + second;
    }
}
