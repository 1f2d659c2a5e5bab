package dev.waymark.tck.cors.bad;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.cors.Cors;

/** Credentials from any origin: deployment fails. */
@Api(basePath = "/wildcard")
@Cors(allowCredentials = true)
public class WildcardCredentialsApi {

    @Route("GET /x")
    public String x() {
        return "x";
    }
}
