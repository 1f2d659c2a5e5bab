package dev.waymark.impl.jaxrs;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

import dev.waymark.impl.http.LimitedInputStream;
import dev.waymark.impl.http.Problem;

/**
 * The body limit of one resource method [JAXRS-2-1]: a body whose declared length is over the
 * limit is answered {@code 413} before a byte of it is read, and a body without a declared length
 * is cut as soon as it goes over, with the same problem, however the method reads it.
 */
@Priority(Priorities.ENTITY_CODER)
final class ResourceBodyLimit implements ContainerRequestFilter {

    private final long limit;

    ResourceBodyLimit(long limit) {
        this.limit = limit;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getRawPath();
        if (declaredLength(request.getHeaderString("Content-Length")) > limit) {
            request.abortWith(Problem.bodyTooLarge(limit).toResponse(path));
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), limit,
                    () -> new WebApplicationException(Problem.bodyTooLarge(limit).toResponse(path))));
        }
    }

    /** The declared length, or -1 if none is declared or it is not a number (the container refuses those). */
    private static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
