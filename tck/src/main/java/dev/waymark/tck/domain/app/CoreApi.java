package dev.waymark.tck.domain.app;

import java.util.Map;

import jakarta.inject.Inject;

import dev.waymark.Api;
import dev.waymark.ApiUrls;
import dev.waymark.Route;

/** The "core" API of a shared domain, which links to the others by their URLs. */
// tag::domain[]
@Api(name = "core", basePath = "/core", domain = "api.example.test")
public class CoreApi {

    @Inject
    ApiUrls urls;

    @Route("GET /hello")
    public String hello() {
        return "core";
    }

    @Route("GET /links")
    public Map<String, String> links() {
        return Map.of("chat", urls.url("chat").toString(),
                "chatOnDomain", urls.customDomainUrl("chat").orElseThrow().toString(),
                "billing", urls.url("billing").toString(),
                "tenantsOnDomain", urls.customDomainUrl("tenants").map(Object::toString).orElse("none"));
    }
}
// end::domain[]
