package dev.waymark.tck.route.app;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.ws.rs.core.Response;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteInfo;
import dev.waymark.RouteTable;

/** A programmatic API, with a route that adds routes while the application runs. */
@ApplicationScoped
public class TableProducer {

    // tag::table[]
    @Produces
    @ApplicationScoped
    RouteTable tables() {
        RouteTable table = RouteTable.create("tables", "/t");
        return table
                .add("GET /hello/{name}", (request, response) -> "hello " + request.pathParam("name"))
                .add("GET /introspect", (request, response) -> table.routes().stream().map(RouteInfo::key).toList())
                .add("POST /routes", (request, response) -> {
                    String name = request.bodyAsString();
                    try {
                        table.add("GET /added/" + name, (r, s) -> "added " + name);
                    } catch (ApiDeploymentException e) {
                        return Response.status(409).entity(e.getMessage()).type("text/plain").build();
                    }
                    return Response.status(201).build();
                })
                .add("GET /paths", (request, response) -> table.routes().stream().map(RouteInfo::path).toList())
                .add("GET /segments/{rest+}", (request, response) -> List.copyOf(request.pathSegments("rest")));
    }
    // end::table[]
}
