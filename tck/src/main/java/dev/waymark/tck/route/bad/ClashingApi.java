package dev.waymark.tck.route.bad;

import dev.waymark.Api;
import dev.waymark.Route;

/** Two routes of the same method and shape. */
@Api(basePath = "/clash")
public class ClashingApi {

    @Route("GET /notes/{id}")
    public String byId() {
        return "id";
    }

    @Route("GET /notes/[noteId]")
    public String byNoteId() {
        return "noteId";
    }
}
