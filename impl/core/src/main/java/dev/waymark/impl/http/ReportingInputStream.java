package dev.waymark.impl.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.System.Logger.Level;

/** A streamed response body that logs one warning when it grows over the route's response limit. */
final class ReportingInputStream extends FilterInputStream {

    private static final System.Logger LOG = System.getLogger("dev.waymark");

    private final long limit;
    private final Object route;
    private long count;

    ReportingInputStream(InputStream in, long limit, Object route) {
        super(in);
        this.limit = limit;
        this.route = route;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(long n) {
        long before = count;
        count += n;
        if (before <= limit && count > limit) {
            LOG.log(Level.WARNING, "API response for {0} is over the response limit of {1} and still streaming",
                    route, Sizes.format(limit));
        }
    }
}
