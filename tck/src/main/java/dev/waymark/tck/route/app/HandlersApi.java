package dev.waymark.tck.route.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import dev.waymark.Api;
import dev.waymark.ApiRequest;
import dev.waymark.ApiResponse;
import dev.waymark.Route;

/** Handler methods with every kind of parameter and return value. */
@Api(basePath = "/h")
public class HandlersApi {

    @Route("GET /params/{id}")
    public Map<String, Object> params(@QueryParam("q") String q, @PathParam("id") long id,
            @QueryParam("n") @DefaultValue("5") int n, @QueryParam("tag") List<String> tags,
            @HeaderParam("X-Trace") String trace, @CookieParam("session") String session) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("q", q);
        values.put("n", n);
        values.put("tags", tags);
        values.put("trace", trace);
        values.put("session", session);
        return values;
    }

    @Route("GET /files/{path+}")
    public Map<String, Object> files(@PathParam("path") List<String> segments, @PathParam("path") String joined) {
        return Map.of("segments", segments, "joined", joined);
    }

    @Route("GET /number/{n}")
    public String twice(@PathParam("n") int n) {
        return Integer.toString(n * 2);
    }

    @Route("POST /echo/string")
    public String echoString(String body) {
        return body;
    }

    @Route("POST /echo/bytes")
    public String echoBytes(byte[] body) {
        return Integer.toString(body.length);
    }

    @Route("POST /echo/map")
    public Map<String, Object> echoMap(Map<String, Object> body) {
        return body;
    }

    @Route("POST /echo/note")
    public Note echoNote(Note note) {
        return new Note(note.title().toUpperCase(java.util.Locale.ROOT), note.stars() + 1);
    }

    @Route("GET /void")
    public void nothing() {
        // 204
    }

    @Route("GET /async")
    public CompletionStage<Note> async() {
        return CompletableFuture.supplyAsync(() -> new Note("later", 3));
    }

    @Route("POST /async")
    public CompletionStage<String> asyncPost(String body) {
        return CompletableFuture.supplyAsync(() -> "async " + body);
    }

    @Route("GET /response")
    public Response response() {
        return Response.status(202).entity("accepted").type("text/plain").build();
    }

    @Route("GET /helpers/created")
    public void created(ApiResponse response) {
        response.status(201)
                .header("X-Custom", "1")
                .cookie(new NewCookie.Builder("session").value("abc").path("/").httpOnly(true).build())
                .json(Map.of("created", true));
    }

    @Route("GET /helpers/redirect")
    public void redirect(ApiResponse response) {
        response.redirect("/h/void");
    }

    @Route("GET /helpers/permanent")
    public void permanent(ApiResponse response) {
        response.redirect(308, "https://example.com/elsewhere");
    }

    @Route("GET /helpers/send")
    public void send(ApiResponse response) {
        response.status(200).send("plain");
    }

    @Route("GET /helpers/injection")
    public String injection(ApiResponse response) {
        try {
            response.redirect("/x\r\nSet-Cookie: evil=1");
            return "accepted";
        } catch (IllegalArgumentException e) {
            return "refused";
        }
    }

    @Route("GET /fail/web")
    public String notFound() {
        throw new NotFoundException("no such note");
    }

    @Route("GET /fail/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @Route("GET /request/{a}/{b*}")
    public Map<String, Object> request(ApiRequest request) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("method", request.method());
        values.put("path", request.path());
        values.put("routeKey", request.routeKey());
        values.put("a", request.pathParam("a"));
        values.put("b", request.pathSegments("b"));
        values.put("x", request.queryAll("x"));
        values.put("agent", request.header("user-agent").isPresent());
        return values;
    }
}
