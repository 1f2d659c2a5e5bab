package dev.waymark.tck.route.bad;

import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.Route;

/** A handler asking for a path parameter its key does not have. */
@Api(basePath = "/unknown")
public class UnknownParameterApi {

    @Route("GET /notes/{id}")
    public String note(@PathParam("noteId") String noteId) {
        return noteId;
    }
}
