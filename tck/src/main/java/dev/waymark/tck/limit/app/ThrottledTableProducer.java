package dev.waymark.tck.limit.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.RateLimitPolicy;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;

/** A route table throttled by its defaults. */
@ApplicationScoped
public class ThrottledTableProducer {

    @Produces
    @ApplicationScoped
    RouteTable table() {
        return RouteTable.create("throttled-table", "/throttled-table", RouteOptions.defaults().rateLimit(RateLimitPolicy.of(1, "1m")))
                .add("GET /once", (request, response) -> "once");
    }
}
