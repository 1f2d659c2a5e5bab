package dev.waymark.impl.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** A stream that fails as soon as more than a limit has been read: with a 413 problem, as its owner throws it. */
public final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<RuntimeException> overLimit;
    private long count;

    /**
     * A stream that fails with a {@link ProblemException} of {@link Problem#bodyTooLarge}.
     *
     * @param in the stream
     * @param limit the most bytes it may give
     */
    LimitedInputStream(InputStream in, long limit) {
        this(in, limit, () -> new ProblemException(Problem.bodyTooLarge(limit)));
    }

    /**
     * A stream that fails with an exception of its owner's.
     *
     * @param in the stream
     * @param limit the most bytes it may give
     * @param overLimit the exception thrown when more is read
     */
    public LimitedInputStream(InputStream in, long limit, Supplier<RuntimeException> overLimit) {
        super(in);
        this.limit = limit;
        this.overLimit = overLimit;
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

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        count += n;
        if (count > limit) {
            throw overLimit.get();
        }
    }
}
