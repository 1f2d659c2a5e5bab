package dev.waymark.impl.jaxrs;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ReportingOutputStream;
import dev.waymark.impl.http.Sizes;

/**
 * The response limit of one resource method [JAXRS-2-2]. A response whose size is known before it
 * is written (a {@code byte[]} or {@code String} entity, or a declared {@code Content-Length}) and
 * is over the limit is logged once, or, with a strict limit, replaced by a {@code 500} problem of
 * type {@code response-too-large}. Any other entity is counted as the container writes it, and
 * logged once when it grows over the limit.
 */
final class ResourceResponseLimit implements ContainerResponseFilter, WriterInterceptor {

    private static final System.Logger LOG = System.getLogger("dev.waymark");
    private static final String WATCH = "dev.waymark.resource-response-limit";

    private final String routeKey;
    private final long limit;
    private final boolean strict;

    ResourceResponseLimit(String routeKey, long limit, boolean strict) {
        this.routeKey = routeKey;
        this.limit = limit;
        this.strict = strict;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.hasEntity()) {
            return;
        }
        long size = knownSize(response);
        if (size < 0) {
            request.setProperty(WATCH, Boolean.TRUE);
        } else if (size > limit) {
            if (strict) {
                ProblemAnswers.replace(request, response, Problem.responseTooLarge(limit));
            } else {
                LOG.log(Level.WARNING, "API response for {0} is {1} bytes, over the response limit of {2}", routeKey, size,
                        Sizes.format(limit));
            }
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (context.getProperty(WATCH) != null) {
            context.removeProperty(WATCH);
            context.setOutputStream(new ReportingOutputStream(context.getOutputStream(), limit, routeKey));
        }
        context.proceed();
    }

    /** The size of a response known before it is written, or -1. */
    private static long knownSize(ContainerResponseContext response) {
        String declared = response.getHeaderString("Content-Length");
        if (declared != null) {
            try {
                return Long.parseLong(declared.strip());
            } catch (NumberFormatException e) {
                return -1;
            }
        }
        Object entity = response.getEntity();
        if (entity instanceof byte[] bytes) {
            return bytes.length;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8).length;
        }
        return -1;
    }
}
