package dev.waymark.tck.cors.jaxrs;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

import dev.waymark.cors.Cors;

/** A plain JAX-RS resource with Waymark's @Cors on the class and on one method. */
// tag::jaxrs[]
@Path("items")
@Cors(allowOrigins = "https://app.example.test", allowMethods = {"GET", "PUT"}, allowCredentials = true)
public class PlainResource {
    // end::jaxrs[]

    private static final AtomicInteger OPTIONS_CALLS = new AtomicInteger();

    @GET
    public String list() {
        return "items";
    }

    @PUT
    @Path("{id: [0-9]+}")
    public String put(@PathParam("id") String id) {
        return "put " + id;
    }

    @OPTIONS
    @Path("{id: [0-9]+}")
    public String options() {
        OPTIONS_CALLS.incrementAndGet();
        return "options";
    }

    @GET
    @Path("options-calls")
    public int optionsCalls() {
        return OPTIONS_CALLS.get();
    }

    @GET
    @Path("open")
    @Cors
    public String open() {
        return "open";
    }
}
