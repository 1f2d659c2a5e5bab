package dev.waymark.impl.jaxrs;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;

import dev.waymark.impl.http.Problem;

/** Replaces a resource method's answer with a problem, in a response filter. */
final class ProblemAnswers {

    private ProblemAnswers() {
    }

    /**
     * Makes a response the problem's: its status, its body and type, and no header of the old body
     * ({@code Content-*}); the other headers stay.
     *
     * @param request the request, whose path is the problem's instance
     * @param response the response to change
     * @param problem the problem
     */
    static void replace(ContainerRequestContext request, ContainerResponseContext response, Problem problem) {
        Response answer = problem.toResponse(request.getUriInfo().getRequestUri().getRawPath());
        response.getHeaders().keySet().removeIf(name -> name.regionMatches(true, 0, "Content-", 0, 8));
        response.getHeaders().putAll(answer.getHeaders());
        response.setStatus(answer.getStatus());
        response.setEntity(answer.getEntity(), null, answer.getMediaType());
    }
}
