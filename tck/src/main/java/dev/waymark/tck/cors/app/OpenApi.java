package dev.waymark.tck.cors.app;

import jakarta.enterprise.inject.Produces;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.cors.CorsPolicy;

/** An API without a CORS declaration (SST's default), and a route table with a policy of its own. */
@Api(basePath = "/open")
public class OpenApi {

    @Route("GET /items")
    public String items() {
        return "items";
    }

    /**
     * A table whose routes share one policy.
     *
     * @return the table
     */
    @Produces
    public RouteTable partners() {
        return RouteTable.create("partners", "/partners", RouteOptions.defaults()
                        .cors(CorsPolicy.allowAll().allowOrigins("https://partner.example.test").allowMethods("GET")))
                .add("GET /feed", (request, response) -> "feed");
    }
}
