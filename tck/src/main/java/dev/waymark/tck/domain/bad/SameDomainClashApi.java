package dev.waymark.tck.domain.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** Declares a route that "core"'s twin on the same domain also declares. */
@Api(name = "twin", basePath = "/core", domain = "api.example.test")
public class SameDomainClashApi {

    @Route("GET /hello")
    public String hello() {
        return "twin";
    }
}
