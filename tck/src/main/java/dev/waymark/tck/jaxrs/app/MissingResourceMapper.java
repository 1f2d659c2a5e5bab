package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The application's own answer to a request none of its resources takes. */
@Provider
public class MissingResourceMapper implements ExceptionMapper<NotFoundException> {

    /** The body of that answer. */
    public static final String BODY = "no such order resource";

    @Override
    public Response toResponse(NotFoundException exception) {
        return Response.status(404).type(MediaType.TEXT_PLAIN_TYPE).entity(BODY).build();
    }
}
