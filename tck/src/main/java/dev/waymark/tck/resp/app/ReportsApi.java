package dev.waymark.tck.resp.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.Api;
import dev.waymark.ResponseLimit;
import dev.waymark.Route;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;

/** Responses over a response limit, reported and refused. */
@Api(basePath = "/reports")
@ResponseLimit("1kb")
public class ReportsApi {

    @Route("GET /reported")
    public String reported() {
        return "x".repeat(2048);
    }

    @Route("GET /strict")
    @ResponseLimit(strict = true)
    public String strict() {
        return "x".repeat(2048);
    }

    @Route("GET /strict-small")
    @ResponseLimit(strict = true)
    public String strictSmall() {
        return "x".repeat(1024);
    }

    @Produces
    @ApplicationScoped
    RouteTable table() {
        return RouteTable.create("reports-table", "/reports-table")
                .add("GET /strict", RouteOptions.defaults().responseLimit("100b").strictResponseLimit(true),
                        (request, response) -> "y".repeat(101));
    }
}
