package dev.waymark.impl.http;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Counts the bytes written through it: how every transport measures the body it sent. */
public final class CountingOutputStream extends FilterOutputStream {

    private long count;

    /**
     * Counts what goes to a stream.
     *
     * @param out the stream
     */
    public CountingOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        out.write(b);
        count++;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        count += length;
    }

    /**
     * The bytes written so far.
     *
     * @return the count
     */
    public long count() {
        return count;
    }
}
