package dev.waymark.examples.orders;

import java.net.URI;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.waymark.BodyLimit;
import dev.waymark.RateLimit;
import dev.waymark.ResponseLimit;
import dev.waymark.RouteTimeout;
import dev.waymark.cors.Cors;

/** The shop's orders: list them, read one, place one. */
@RequestScoped
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
// tag::annotations[]
@RateLimit(rate = 60, per = "1m")
@Cors(allowOrigins = "https://shop.example")
// end::annotations[]
public class OrdersResource {

    @Inject
    OrderStore store;

    @GET
    // tag::annotations[]
    @RouteTimeout("2s")
    @ResponseLimit("256kb")
    // end::annotations[]
    public List<Order> list() {
        return store.all();
    }

    @GET
    @Path("{id: [0-9]+}")
    public Order one(@PathParam("id") long id) {
        return store.find(id).orElseThrow(() -> new OrderNotFoundException(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    // tag::annotations[]
    @BodyLimit("4kb")
    // end::annotations[]
    public Response place(@NotNull @Valid NewOrder placed) {
        Order order = store.add(placed);
        return Response.created(URI.create("orders/" + order.id())).entity(order).build();
    }
}
