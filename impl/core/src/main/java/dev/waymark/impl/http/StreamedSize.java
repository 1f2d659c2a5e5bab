package dev.waymark.impl.http;

import java.lang.System.Logger.Level;

/**
 * The size of a response body sent as a stream, which is known only as it goes out: one warning
 * when it grows over the route's response limit [RESP-1-1].
 */
final class StreamedSize {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private final Object route;
    private final long limit;
    private long sent;

    StreamedSize(Object route, long limit) {
        this.route = route;
        this.limit = limit;
    }

    void add(long bytes) {
        long before = sent;
        sent += bytes;
        if (before <= limit && sent > limit) {
            LOG.log(Level.WARNING, "API response for {0} is over the response limit of {1} and still streaming", route, Sizes.format(limit));
        }
    }
}
