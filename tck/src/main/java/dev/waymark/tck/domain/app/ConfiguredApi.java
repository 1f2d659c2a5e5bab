package dev.waymark.tck.domain.app;

import dev.waymark.Api;
import dev.waymark.Route;

/** An API bound to a domain by configuration only ({@code waymark.api.configured.domain}). */
@Api(name = "configured", basePath = "/configured")
public class ConfiguredApi {

    @Route("GET /hello")
    public String hello() {
        return "configured";
    }
}
