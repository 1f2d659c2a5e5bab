package dev.waymark.impl.jaxrs;

import java.util.Set;
import java.util.concurrent.CompletionStage;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;


/**
 * Completes requests whose handler answers asynchronously: a JAX-RS resource method declared to
 * return a {@code CompletionStage}, which every JAX-RS implementation serves asynchronously.
 * {@link RouteFilter} sends such a request here by changing its URI to {@value #PATH}, a path of
 * its own, so that, scanned into a JAX-RS application of the web application's own, this resource
 * takes none of that application's requests [JAXRS-1-1].
 */
@Path(PendingResponseResource.PATH)
public class PendingResponseResource {

    /** The path of this resource below the application's base URI. */
    static final String PATH = "waymark-pending-response";

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

    /**
     * The pending answer of a request. Without one, the request is not Waymark's (a client's own
     * request for this path of an application this resource was scanned into): it is answered as
     * if the resource were not there, with JAX-RS's own {@code 404}.
     */
    private static CompletionStage<Response> take(String token) {
        CompletionStage<Response> pending = PendingResponses.take(token);
        if (pending == null) {
            throw new NotFoundException();
        }
        return pending;
    }
}
