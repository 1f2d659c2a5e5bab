package dev.waymark.benchmarks;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The bare Jersey side of the peer benchmark: a plain JAX-RS resource, its item written by JSON-B. */
@Path("/items")
public class PeerItemsResource {

    /**
     * Answers one item.
     *
     * @param id the path parameter
     * @return the item
     */
    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public PeerItem item(@PathParam("id") String id) {
        return PeerItem.of(id);
    }
}
