package dev.waymark.examples.notes;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.ApiResponse;
import dev.waymark.CatchAll;
import dev.waymark.Route;
import dev.waymark.auth.Authorize;
import dev.waymark.auth.JwtAuthorizer;
import dev.waymark.cors.Cors;

/**
 * The notes API of SST's guide: list, create, get, update and delete notes, and a catch-all. Reading
 * is open; writing needs a JWT of the "users" issuer with scope notes:write. A web app on the
 * configured origin may call it with credentials (waymark.api.notes.cors.allow-origins).
 */
// tag::api[]
@Api(name = "notes")
@JwtAuthorizer(name = "users", audiences = "notes")
@Cors(allowOrigins = "http://localhost:5173", allowCredentials = true, allowHeaders = {"Authorization", "Content-Type"},
        exposeHeaders = "Location")
public class NotesApi {

    @Inject
    NoteStore store;

    @Route("GET /notes")
    public List<Note> list() {
        return store.list();
    }

    @Route("POST /notes")
    @Authorize(value = "users", scopes = "notes:write")
    public Note create(@Valid NoteDraft draft, ApiResponse response) {
        Note note = store.create(draft.content());
        response.status(201).header("Location", "/notes/" + note.noteId());
        return note;
    }

    @Route("GET /notes/{id}")
    public Note get(@PathParam("id") String id) {
        return store.find(id).orElseThrow(NotFoundException::new);
    }

    @Route("PUT /notes/{id}")
    @Authorize(value = "users", scopes = "notes:write")
    public Note update(@PathParam("id") String id, @Valid NoteDraft draft) {
        return store.replace(id, draft.content()).orElseThrow(NotFoundException::new);
    }

    @Route("DELETE /notes/{id}")
    @Authorize(value = "users", scopes = "notes:write")
    public void delete(@PathParam("id") String id) {
        if (!store.delete(id)) {
            throw new NotFoundException();
        }
    }

    @Route("GET /health")
    @Cors
    public String health() {
        return "ok";
    }

    @CatchAll
    public void fallback(ApiRequest request, ApiResponse response) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", "Not Found");
        problem.put("status", 404);
        problem.put("detail", "This API serves /notes and /notes/{id}, not " + request.method() + " " + request.path());
        response.status(404).header("Content-Type", "application/problem+json").json(problem);
    }
    // end::api[]
}
