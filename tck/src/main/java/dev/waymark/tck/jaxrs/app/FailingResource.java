package dev.waymark.tck.jaxrs.app;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A plain JAX-RS resource whose methods fail in each way a resource can. */
@Path("failing")
public class FailingResource {

    @GET
    @Path("missing")
    public String missing() {
        throw new NotFoundException("order 7 is in table ORDERS_V2 on db-host-3");
    }

    @GET
    @Path("boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("checked")
    public String checked(@QueryParam("count") @Min(1) int count) {
        return "count " + count;
    }
}
