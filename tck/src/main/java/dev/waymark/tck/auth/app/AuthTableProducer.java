package dev.waymark.tck.auth.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.AuthorizerDefinition;

/** A route table guarded by a custom authorizer declared in code, with an open route and one added after creation. */
@ApplicationScoped
public class AuthTableProducer {

    @Produces
    @ApplicationScoped
    RouteTable table() {
        RouteTable table = RouteTable.create("table", "/table", RouteOptions.defaults().authorizer("key"))
                .authorizer(AuthorizerDefinition.custom("key", new KeyAuthorizer()).identitySources("$request.header.X-Api-Key"))
                .add("GET /secret", (request, response) -> "secret for " + request.identity().orElseThrow().principal())
                .add("GET /public", RouteOptions.defaults().authorizer(Authorize.NONE), (request, response) -> "public");
        return table.add("GET /added", (request, response) -> "added for " + request.identity().orElseThrow().principal());
    }
}
