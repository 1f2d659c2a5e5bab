package dev.waymark.peers.quarkus;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** GET /items/{id} on Quarkus REST, its item written by Jackson (quarkus-rest-jackson). */
@Path("/items")
public class ItemsResource {

    /**
     * The JSON object of one request.
     *
     * @param id the path parameter
     * @param name always {@code item}
     */
    public record Item(String id, String name) {
    }

    /**
     * Answers one item.
     *
     * @param id the path parameter
     * @return the item
     */
    @GET
    @Path("{id}")
    public Item item(@PathParam("id") String id) {
        return new Item(id, "item");
    }
}
