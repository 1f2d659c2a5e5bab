package dev.waymark.impl.jaxrs;

import java.io.IOException;

import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;

import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.http.CountingOutputStream;
import dev.waymark.impl.log.AccessRecord;

/**
 * Counts the body bytes the container writes for an answer of {@link RouteFilter}, whatever the
 * entity (a byte array, a stream, a streaming body, one the container converts), and writes the
 * request's access log line once the body has been written, or has failed to be.
 */
public final class SentBodyCounter implements WriterInterceptor {

    private final RequestEdge edge;

    /**
     * Creates the counter.
     *
     * @param edge where the access log line goes
     */
    public SentBodyCounter(RequestEdge edge) {
        this.edge = edge;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        if (!(context.getProperty(RouteFilter.RECORD) instanceof AccessRecord record)) {
            context.proceed();
            return;
        }
        CountingOutputStream counting = new CountingOutputStream(context.getOutputStream());
        context.setOutputStream(counting);
        try {
            context.proceed();
        } finally {
            edge.sent(record, counting.count());
        }
    }
}
