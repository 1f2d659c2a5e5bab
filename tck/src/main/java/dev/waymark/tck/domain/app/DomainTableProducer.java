package dev.waymark.tck.domain.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.RouteTable;

/** A route table bound to a domain in code, with the same key as an unbound API. */
@ApplicationScoped
public class DomainTableProducer {

    @Produces
    @ApplicationScoped
    RouteTable table() {
        return RouteTable.create("table-domain").domain("tables.example.test")
                .add("GET /core/hello", (request, response) -> "table");
    }
}
