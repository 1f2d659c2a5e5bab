package dev.waymark.server;

import java.io.IOException;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpTrailer;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Holds a request back from its handler until its body has arrived, for bodies up to
 * {@link HttpSettings#bodyBuffer()}: the body arrives without a worker thread waiting for it, so
 * clients that send a body slowly, or stop, cannot take every worker thread (a stalled client is
 * closed by the body timeout). A request that declares a longer body, one that asks for
 * {@code 100 Continue}, and one that is upgraded go on at once; so does a chunked body once more
 * than the buffer has arrived. A request whose connection ends before its body does is answered
 * by {@link EndedEarlyRequests} [BODY-1-5].
 */
final class BodyBufferFilter extends BaseFilter {

    private static final Attribute<Buffer> HELD = Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(BodyBufferFilter.class.getName());
    private static final Attribute<Boolean> PASSED_ON =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(BodyBufferFilter.class.getName() + ".passed-on");
    private static final Attribute<HttpRequestPacket> HELD_REQUEST =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(BodyBufferFilter.class.getName() + ".request");

    private final long bodyBuffer;
    private final EndedEarlyRequests endedEarly;

    BodyBufferFilter(long bodyBuffer, EndedEarlyRequests endedEarly) {
        this.bodyBuffer = bodyBuffer;
        this.endedEarly = endedEarly;
    }

    /**
     * The add-on that puts this filter just before Grizzly's HTTP server filter, which hands
     * requests to their handlers.
     *
     * @param bodyBuffer the largest body read whole before its handler runs
     * @param endedEarly what answers a request whose connection ends before its body
     * @return the add-on
     */
    static AddOn addOn(long bodyBuffer, EndedEarlyRequests endedEarly) {
        return (NetworkListener listener, FilterChainBuilder builder) ->
                builder.add(builder.indexOfType(HttpServerFilter.class), new BodyBufferFilter(bodyBuffer, endedEarly));
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (!(ctx.getMessage() instanceof HttpContent content)
                || !(content.getHttpHeader() instanceof HttpRequestPacket request) || request.isUpgrade()) {
            return ctx.getInvokeAction();
        }
        Connection<?> connection = ctx.getConnection();
        Buffer held = HELD.get(connection);
        if (held == null) {
            if (PASSED_ON.isSet(connection) || content.isLast() || !request.isExpectContent() || request.requiresAcknowledgement()
                    || request.getContentLength() > bodyBuffer || content.getContent().remaining() > bodyBuffer) {
                return passOn(ctx, content);
            }
            HELD.set(connection, content.getContent());
            HELD_REQUEST.set(connection, request);
            return ctx.getStopAction();
        }
        Buffer body = Buffers.appendBuffers(ctx.getMemoryManager(), held, content.getContent());
        if (!content.isLast() && body.remaining() <= bodyBuffer) {
            HELD.set(connection, body);
            return ctx.getStopAction();
        }
        HELD.remove(connection);
        HELD_REQUEST.remove(connection);
        return passOn(ctx, content instanceof HttpTrailer trailer
                ? HttpTrailer.builder(request).content(body).headers(trailer.getHeaders()).last(true).build()
                : HttpContent.builder(request).content(body).last(content.isLast()).build());
    }

    /**
     * Passes content on to the handler, and remembers until the request's last content that its
     * request went on: the rest of its body follows as it arrives, never held again.
     */
    private static NextAction passOn(FilterChainContext ctx, HttpContent content) {
        if (content.isLast()) {
            PASSED_ON.remove(ctx.getConnection());
        } else {
            PASSED_ON.set(ctx.getConnection(), Boolean.TRUE);
        }
        ctx.setMessage(content);
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        Buffer held = HELD.remove(ctx.getConnection());
        HttpRequestPacket request = HELD_REQUEST.remove(ctx.getConnection());
        PASSED_ON.remove(ctx.getConnection());
        if (held != null && request != null) {
            endedEarly.answer(request, held, ctx.getConnection());
        }
        return ctx.getInvokeAction();
    }
}
