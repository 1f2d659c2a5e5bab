package dev.waymark.tck.jaxrs.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;

import dev.waymark.RouteTimeout;

/** Asynchronous resource methods with a time limit, in a resource class that is a CDI bean. */
@RequestScoped
@Path("async")
@RouteTimeout("300ms")
public class AsyncResource {

    @GET
    @Path("never")
    public void never(@Suspended AsyncResponse response) {
        // never resumed: the time limit answers
    }

    @GET
    @Path("soon")
    public void soon(@Suspended AsyncResponse response) {
        response.resume("soon");
    }

    @GET
    @Path("stage")
    public CompletionStage<String> stage() {
        return new CompletableFuture<>();
    }

    @GET
    @Path("done")
    public CompletionStage<String> done() {
        return CompletableFuture.completedFuture("done");
    }
}
