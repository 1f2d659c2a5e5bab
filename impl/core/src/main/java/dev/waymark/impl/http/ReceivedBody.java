package dev.waymark.impl.http;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body as the transport delivers it, which remembers whether the transport failed to
 * deliver all of it: the client closed the connection, or stopped sending, in the middle of an
 * upload. The failure still reaches the reader; the dispatcher answers such a request as one whose
 * body is incomplete, whatever the reader made of the failure.
 */
public final class ReceivedBody extends FilterInputStream {

    private volatile IOException failure;

    /**
     * Watches a body stream.
     *
     * @param in the transport's body stream
     */
    public ReceivedBody(InputStream in) {
        super(in);
    }

    @Override
    public int read() throws IOException {
        try {
            return super.read();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return super.read(buffer, offset, length);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    @Override
    public long skip(long n) throws IOException {
        try {
            return super.skip(n);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private IOException failed(IOException e) {
        failure = e;
        return e;
    }

    /**
     * How the transport failed to deliver the body.
     *
     * @return the failure, or null if every read so far succeeded
     */
    public IOException failure() {
        return failure;
    }
}
