package dev.waymark.tck.route.app;

import java.util.Map;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

import dev.waymark.Api;
import dev.waymark.Route;

/** An API without a {@code $default}: method mismatches answer 405, unknown paths 404. */
@Api(basePath = "/m")
public class MethodsApi {

    @Route("GET /items/{id}")
    public Map<String, String> item(@PathParam("id") String id) {
        return Map.of("id", id);
    }

    @Route("PUT /items/{id}")
    public void replace(@PathParam("id") String id) {
        // 204
    }

    @Route("DELETE /items/special")
    public void deleteSpecial() {
        // 204
    }

    @Route("GET /custom")
    public String custom() {
        return "custom";
    }

    @Route("OPTIONS /custom")
    public Response customOptions() {
        return Response.ok("custom options").header("X-Options", "declared").build();
    }
}
