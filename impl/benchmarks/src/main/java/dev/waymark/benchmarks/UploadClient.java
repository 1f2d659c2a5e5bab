package dev.waymark.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Uploads a generated body over a plain socket: it writes the request line, the headers and the
 * body itself, so that it chooses the framing (a declared {@code Content-Length} or chunked
 * transfer encoding) and sees an answer that comes before the body is sent. The body is one
 * 64 KB buffer written again and again; the client never holds more than that.
 *
 * <p>A second thread reads the answer. A client that {@linkplain Behaviour#STOPS stops} closes
 * the connection as soon as the answer is complete; one that
 * {@linkplain Behaviour#SENDS_ALL sends all} goes on writing the body to its end unless the
 * server closes the connection. Byte counts are what the socket accepted; the client's send
 * buffer is kept to 64 KB so that they come close to what reached the server (its receive buffer
 * included).
 */
final class UploadClient {

    /** How the body's end is told. */
    enum Framing {
        /** A declared {@code Content-Length}. */
        CONTENT_LENGTH,
        /** {@code Transfer-Encoding: chunked}, one 64 KB chunk after the other. */
        CHUNKED
    }

    /** What the client does when the answer comes before the body is sent. */
    enum Behaviour {
        /** Stops writing and closes the connection. */
        STOPS,
        /** Writes the rest of the body anyway, as long as the server lets it. */
        SENDS_ALL
    }

    /**
     * What came of one upload.
     *
     * @param status the answer's status, or 0 if there was none
     * @param body the answer's body, or why there was none
     * @param beforeAnswer the body bytes the socket had accepted when the answer's status line came
     * @param written the body bytes the socket accepted in all
     * @param millis from connecting until the answer was read and the writing was over
     */
    record Outcome(int status, String body, long beforeAnswer, long written, long millis) {
    }

    private static final int CHUNK = 64 * 1024;
    private static final int ANSWER_TIMEOUT_MILLIS = 60_000;

    private UploadClient() {
    }

    /**
     * Uploads {@code size} bytes with {@code POST}.
     *
     * @param server the server, such as {@code http://127.0.0.1:8080/}
     * @param path the request path
     * @param framing how the body is framed
     * @param behaviour what the client does on an early answer
     * @param size the body size
     * @return what came of it
     * @throws IOException if the connection cannot be made
     * @throws InterruptedException if interrupted while waiting for the answer
     */
    static Outcome post(URI server, String path, Framing framing, Behaviour behaviour, long size)
            throws IOException, InterruptedException {
        long started = System.nanoTime();
        AtomicLong written = new AtomicLong();
        try (Socket socket = new Socket()) {
            socket.setSendBufferSize(CHUNK);
            socket.connect(new InetSocketAddress(server.getHost(), server.getPort()));
            socket.setSoTimeout(ANSWER_TIMEOUT_MILLIS);
            AnswerReader reader = new AnswerReader(socket, written, behaviour == Behaviour.STOPS);
            reader.start();
            String failure = null;
            try {
                write(socket.getOutputStream(), server, path, framing, size, written);
            } catch (IOException e) {
                failure = e.toString();
            }
            reader.answered.await();
            long millis = (System.nanoTime() - started) / 1_000_000;
            String body = reader.status != 0 ? reader.body : failure != null ? failure : reader.failure;
            return new Outcome(reader.status, body, reader.beforeAnswer, written.get(), millis);
        }
    }

    private static void write(OutputStream out, URI server, String path, Framing framing, long size, AtomicLong written)
            throws IOException {
        String framingHeader = framing == Framing.CHUNKED ? "Transfer-Encoding: chunked" : "Content-Length: " + size;
        out.write(ascii("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                + "\r\nContent-Type: application/octet-stream\r\n" + framingHeader + "\r\n\r\n"));
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        for (long left = size; left > 0; ) {
            int n = (int) Math.min(CHUNK, left);
            if (framing == Framing.CHUNKED) {
                out.write(ascii(Integer.toHexString(n) + "\r\n"));
                out.write(chunk, 0, n);
                out.write(ascii("\r\n"));
            } else {
                out.write(chunk, 0, n);
            }
            left -= n;
            written.addAndGet(n);
        }
        if (framing == Framing.CHUNKED) {
            out.write(ascii("0\r\n\r\n"));
        }
        out.flush();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** Reads one answer (a {@code Content-Length} or a chunked body); may then close the socket. */
    private static final class AnswerReader extends Thread {

        private final Socket socket;
        private final AtomicLong written;
        private final boolean closeOnAnswer;
        private volatile int status;
        private volatile String body;
        private volatile long beforeAnswer;
        private volatile String failure = "no answer";
        private final CountDownLatch answered = new CountDownLatch(1);

        AnswerReader(Socket socket, AtomicLong written, boolean closeOnAnswer) {
            super("upload-answer");
            this.socket = socket;
            this.written = written;
            this.closeOnAnswer = closeOnAnswer;
            setDaemon(true);
        }

        @Override
        public void run() {
            try {
                InputStream in = socket.getInputStream();
                readAnswer(in);
                answered.countDown();
                if (!closeOnAnswer) {
                    awaitClose(in);
                }
            } catch (IOException e) {
                failure = e.toString();
            } finally {
                answered.countDown();
                closeQuietly(socket);
            }
        }

        /** Closes the socket, which also stops a writer that the server no longer reads from. */
        private static void closeQuietly(Socket socket) {
            try {
                socket.close();
            } catch (IOException e) {
                // nothing more can be done with a socket that fails to close
            }
        }

        private void readAnswer(InputStream in) throws IOException {
            String statusLine = line(in);
            beforeAnswer = written.get();
            if (statusLine == null) {
                failure = "the server closed the connection without an answer";
                return;
            }
            long length = 0;
            boolean chunked = false;
            for (String header = line(in); header != null && !header.isEmpty(); header = line(in)) {
                String lower = header.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) {
                    length = Long.parseLong(header.substring(header.indexOf(':') + 1).strip());
                } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            body = chunked ? chunkedBody(in) : new String(in.readNBytes((int) length), StandardCharsets.UTF_8);
            status = Integer.parseInt(statusLine.split(" ")[1]);
        }

        /**
         * Waits while the writer goes on: until the server closes the connection, the writer is
         * done and closes it, or the server sends nothing for the answer timeout.
         */
        private static void awaitClose(InputStream in) {
            try {
                while (in.read() >= 0) {
                    // a second answer is not expected; it is read and dropped
                }
            } catch (IOException e) {
                // the socket was closed or timed out: either way the wait is over
            }
        }

        private static String chunkedBody(InputStream in) throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (int n = Integer.parseInt(line(in).strip(), 16); n > 0; n = Integer.parseInt(line(in).strip(), 16)) {
                body.write(in.readNBytes(n));
                line(in);
            }
            return body.toString(StandardCharsets.UTF_8);
        }

        /** One line without its {@code CRLF}, or null at the end of the stream. */
        private static String line(InputStream in) throws IOException {
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c != '\n'; c = in.read()) {
                if (c < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (c != '\r') {
                    line.append((char) c);
                }
            }
            return line.toString();
        }
    }
}
