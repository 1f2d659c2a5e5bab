package dev.waymark.tck.domain.app;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.Route;

/** An API on a wildcard domain: every tenant's sub-domain. */
@Api(name = "tenants", domain = "*.tenants.example.test")
public class TenantsApi {

    @Route("GET /whoami")
    public String whoami(ApiRequest request) {
        String host = request.header("Host").orElse("");
        return host.substring(0, host.indexOf('.'));
    }
}
