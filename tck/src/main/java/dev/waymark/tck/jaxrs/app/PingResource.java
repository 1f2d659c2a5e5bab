package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Plain resources of an application at the root, one of them below a Waymark route's path. */
@Path("/")
public class PingResource {

    @GET
    @Path("ping")
    public String ping() {
        return "pong";
    }

    @GET
    @Path("notes/{id}/history")
    public String history(@PathParam("id") String id) {
        return "history of " + id;
    }
}
