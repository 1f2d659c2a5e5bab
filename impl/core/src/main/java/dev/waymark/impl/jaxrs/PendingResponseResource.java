package dev.waymark.impl.jaxrs;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import dev.waymark.impl.http.Problem;

/**
 * Completes requests whose handler answers asynchronously: a JAX-RS resource method declared to
 * return a {@code CompletionStage}, which every JAX-RS implementation serves asynchronously.
 */
@Path("{path: .*}")
public class PendingResponseResource {

    static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    @GET
    public CompletionStage<Response> get(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @POST
    public CompletionStage<Response> post(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @PUT
    public CompletionStage<Response> put(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @PATCH
    public CompletionStage<Response> patch(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @DELETE
    public CompletionStage<Response> delete(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @HEAD
    public CompletionStage<Response> head(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    @OPTIONS
    public CompletionStage<Response> options(@HeaderParam(PendingResponses.HEADER) String token) {
        return take(token);
    }

    private static CompletionStage<Response> take(String token) {
        CompletionStage<Response> pending = PendingResponses.take(token);
        if (pending == null) {
            return CompletableFuture.completedFuture(Problem.routeNotFound("request", "without a pending response").toResponse(null));
        }
        return pending;
    }
}
