package dev.waymark.impl.handler;

import dev.waymark.impl.http.DefaultApiRequest;
import dev.waymark.impl.http.DefaultApiResponse;

/** What serves a route: a bean method or a programmatic handler, with the route's settings. */
public interface Endpoint {

    /**
     * Runs the handler.
     *
     * @param request the request
     * @param response the response under construction
     * @return the handler's return value
     * @throws Exception what the handler threw
     */
    Object invoke(DefaultApiRequest request, DefaultApiResponse response) throws Exception;

    /**
     * Whether the handler is given the {@code ApiResponse}, so could answer through it.
     *
     * @return {@code true} if it is
     */
    boolean takesResponse();

    /**
     * The handler described for people.
     *
     * @return such as {@code NotesApi#get}
     */
    String description();
}
