package dev.waymark.tck.route.app;

import java.util.List;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.waymark.Api;
import dev.waymark.Route;

/** Echoes decoded path parameters. */
@Api(basePath = "/p")
public class PathApi {

    @Route("GET /echo/{value}")
    public String echo(@PathParam("value") String value) {
        return value;
    }

    @Route("GET /query")
    public String query(@QueryParam("x") String x) {
        return x;
    }

    @Route("GET /all/{rest*}")
    public List<String> all(@PathParam("rest") List<String> rest) {
        return rest;
    }
}
