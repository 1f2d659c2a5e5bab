package dev.waymark.impl.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A streamed response body that logs one warning when it grows over the route's response limit. */
final class ReportingInputStream extends FilterInputStream {

    private final StreamedSize size;

    ReportingInputStream(InputStream in, long limit, Object route) {
        super(in);
        this.size = new StreamedSize(route, limit);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            size.add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            size.add(n);
        }
        return n;
    }
}
