package dev.waymark.tck.cors.app;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.ApiResponse;
import dev.waymark.Route;
import dev.waymark.cors.Cors;

/** An API with a restrictive CORS policy, a route that refuses everyone, and a route with CORS off. */
@Api(basePath = "/restricted")
@Cors(allowOrigins = {"https://app.example.test", "https://*.preview.example.test"}, allowMethods = {"GET", "PUT"},
        allowHeaders = {"Content-Type", "X-Trace"}, exposeHeaders = "X-Note-Version", allowCredentials = true, maxAge = "10m")
public class RestrictedApi {

    private static final AtomicInteger GUARDED_CALLS = new AtomicInteger();

    @Route("GET /notes")
    public String notes(ApiResponse response) {
        response.header("X-Note-Version", "7");
        return "notes";
    }

    @Route("PUT /notes/{id}")
    public String put(@PathParam("id") String id) {
        return "put " + id;
    }

    @Route("DELETE /notes/{id}")
    public String delete(@PathParam("id") String id) {
        return "deleted " + id;
    }

    @Route("PUT /guarded")
    public String guarded() {
        GUARDED_CALLS.incrementAndGet();
        throw new NotAuthorizedException("Bearer");
    }

    @Route("GET /guarded/calls")
    public int guardedCalls() {
        return GUARDED_CALLS.get();
    }

    @Route("GET /private")
    @Cors(enabled = false)
    public String secret() {
        return "private";
    }
}
