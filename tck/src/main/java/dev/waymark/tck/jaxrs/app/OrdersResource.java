package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A plain JAX-RS resource with one method. */
@Path("orders")
public class OrdersResource {

    @GET
    public String list() {
        return "orders";
    }
}
