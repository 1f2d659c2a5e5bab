package dev.waymark.impl.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A response body being written that logs one warning when it grows over the response limit. */
public final class ReportingOutputStream extends FilterOutputStream {

    private final StreamedSize size;

    /**
     * Watches what goes to a stream.
     *
     * @param out the stream
     * @param limit the response limit
     * @param route the route or resource method, named in the warning
     */
    public ReportingOutputStream(OutputStream out, long limit, Object route) {
        super(out);
        this.size = new StreamedSize(route, limit);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        size.add(1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        size.add(length);
    }
}
