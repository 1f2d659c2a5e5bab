package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A plain JAX-RS resource without Waymark's annotations. */
@Path("orders")
public class OrdersResource {

    @GET
    public String list() {
        return "orders";
    }

    @GET
    @Path("{id: [0-9]+}")
    public String one(@PathParam("id") String id) {
        return "order " + id;
    }
}
