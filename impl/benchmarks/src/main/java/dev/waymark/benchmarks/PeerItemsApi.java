package dev.waymark.benchmarks;

import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;

/**
 * The Waymark side of the peer benchmark, as an application writes it: one handler served as a
 * STANDARD route at {@code /items/{id}} and as an EDGE route at {@code /edge/items/{id}}.
 */
@Api(name = "items")
public class PeerItemsApi {

    /**
     * The STANDARD route.
     *
     * @param id the path parameter
     * @return the item
     */
    @Route("GET /items/{id}")
    public PeerItem item(@PathParam("id") String id) {
        return PeerItem.of(id);
    }

    /**
     * The EDGE route.
     *
     * @param id the path parameter
     * @return the item
     */
    @Route("GET /edge/items/{id}")
    @RuntimeHint(RouteRuntime.EDGE)
    public PeerItem edgeItem(@PathParam("id") String id) {
        return PeerItem.of(id);
    }
}
