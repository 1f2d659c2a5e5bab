package dev.waymark.tck.body.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;

/** Routes that keep the default limit of 1 MB, and a programmatic route with its own. */
@Api(basePath = "/defaults")
public class DefaultsApi {

    @Route("POST /echo-length")
    public String length(byte[] body) {
        return Integer.toString(body.length);
    }

    @Produces
    @ApplicationScoped
    RouteTable table() {
        return RouteTable.create("table-limits", "/table")
                .add("POST /small", RouteOptions.defaults().bodyLimit("2kb"),
                        (request, response) -> Integer.toString(request.body().length))
                .add("POST /raw", RouteOptions.defaults().parseBody(false),
                        (request, response) -> Integer.toString(request.body().length));
    }
}
