package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.Route;

/** A Waymark API at the root, beside a JAX-RS application at the root. */
@Api(name = "root-notes", basePath = "/")
public class RootNotesApi {

    @Route("GET /notes/{id}")
    public String note(@PathParam("id") String id) {
        return "note " + id;
    }

    @Route("GET /ping/waymark")
    public String ping() {
        return "waymark pong";
    }
}
