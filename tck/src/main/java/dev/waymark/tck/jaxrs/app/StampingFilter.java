package dev.waymark.tck.jaxrs.app;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** The application's own response filter: it stamps every answer of the application. */
@Provider
public class StampingFilter implements ContainerResponseFilter {

    /** The header it adds. */
    public static final String HEADER = "X-Orders-Filter";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HEADER, "seen");
    }
}
