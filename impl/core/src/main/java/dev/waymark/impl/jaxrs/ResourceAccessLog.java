package dev.waymark.impl.jaxrs;

import java.io.IOException;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.http.CountingOutputStream;
import dev.waymark.impl.log.AccessLogFormat;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.impl.log.AccessRecord;

/**
 * The access log line and request id of one resource method [JAXRS-2-5]: the record starts before
 * the application's filters run, the response carries the request id, and the line, keyed by the
 * method and its path template, is written once the body has been sent (or at once, for an answer
 * without one), in the format the method, its class or the configuration declares.
 */
final class ResourceAccessLog implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

    /** The request property that holds the request's access log record. */
    static final String RECORD = "dev.waymark.resource-access-record";

    private final String routeKey;
    private final AccessLogFormat format;
    private final AccessLogWriter writer;
    private final String requestIdHeader = ConfigKeys.REQUEST_ID_HEADER.get();

    ResourceAccessLog(String routeKey, AccessLogFormat format, AccessLogWriter writer) {
        this.routeKey = routeKey;
        this.format = format;
        this.writer = writer;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        AccessRecord record = new AccessRecord(requestIdHeader == null ? null : request.getHeaderString(requestIdHeader),
                request.getProperty(AccessRecord.SOURCE_IP) instanceof String address ? address : null, request.getMethod(),
                request.getUriInfo().getRequestUri().getRawPath(),
                request.getProperty(AccessRecord.PROTOCOL) instanceof String protocol ? protocol : null,
                request.getHeaderString("User-Agent"), request.getHeaderString("Host"));
        record.route(routeKey, "-", format);
        request.setProperty(RECORD, record);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RECORD) instanceof AccessRecord record)) {
            return;
        }
        response.getHeaders().putSingle(AccessRecord.REQUEST_ID_HEADER, record.requestId());
        record.status(response.getStatus());
        if (!response.hasEntity() || "HEAD".equals(request.getMethod())) {
            request.removeProperty(RECORD);
            writer.write(record);
        }
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(RECORD) instanceof AccessRecord record)) {
            context.proceed();
            return;
        }
        context.removeProperty(RECORD);
        CountingOutputStream counting = new CountingOutputStream(context.getOutputStream());
        context.setOutputStream(counting);
        try {
            context.proceed();
        } finally {
            record.responseLength(counting.count());
            writer.write(record);
        }
    }
}
