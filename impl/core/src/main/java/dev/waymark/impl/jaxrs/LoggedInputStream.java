package dev.waymark.impl.jaxrs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/** A response body stream that reports, once, how many bytes were read from it when it ends or is closed. */
final class LoggedInputStream extends FilterInputStream {

    private final LongConsumer onEnd;
    private long count;
    private boolean reported;

    LoggedInputStream(InputStream in, LongConsumer onEnd) {
        super(in);
        this.onEnd = onEnd;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            report();
        } else {
            count++;
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n < 0) {
            report();
        } else {
            count += n;
        }
        return n;
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            report();
        }
    }

    private void report() {
        if (!reported) {
            reported = true;
            onEnd.accept(count);
        }
    }
}
