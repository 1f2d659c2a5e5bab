package dev.waymark.examples.orders;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.waymark.auth.Authorize;
import dev.waymark.auth.CustomAuthorizer;

/** What only the shop's staff may do: cancel an order. */
@RequestScoped
@Path("admin")
// tag::annotations[]
@CustomAuthorizer(name = "staff", authorizer = StaffKeyAuthorizer.class, identitySources = "$request.header.X-Staff-Key")
@Authorize("staff")
// end::annotations[]
public class AdminResource {

    @Inject
    OrderStore store;

    @DELETE
    @Path("orders/{id: [0-9]+}")
    public Response cancel(@PathParam("id") long id) {
        if (!store.delete(id)) {
            throw new OrderNotFoundException(id);
        }
        return Response.noContent().build();
    }
}
