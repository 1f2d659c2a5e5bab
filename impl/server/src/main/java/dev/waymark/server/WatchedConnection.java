package dev.waymark.server;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.memory.Buffers;

import dev.waymark.impl.http.Problem;

/**
 * One HTTP connection of the embedded runtime as {@link StrictHttpFilter} follows it: the framing of
 * its requests, and the times that say whether its client is too slow (see {@link HttpSettings}).
 * A connection waits for the first request's headers at most the header timeout from its opening;
 * for the headers of a later request at most the header timeout from their first byte; for more of
 * a body at most the body timeout; and, once every answer is sent, for the next request at most
 * the idle timeout. A connection upgraded to WebSocket keeps the WebSocket runtime's own rules.
 */
final class WatchedConnection {

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");

    @SuppressWarnings("rawtypes")
    private final Connection connection;
    private final HttpSettings settings;
    private final RequestFraming framing;
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile long headStarted;
    private volatile long lastRead;
    private volatile long idleSince;
    private volatile boolean answering;
    private final AtomicBoolean closing = new AtomicBoolean();

    WatchedConnection(Connection<?> connection, HttpSettings settings, int maxFields) {
        this.connection = connection;
        this.settings = settings;
        this.framing = new RequestFraming(settings.maxHeadSize(), maxFields);
        long now = System.nanoTime();
        this.headStarted = now;
        this.lastRead = now;
        this.idleSince = now;
    }

    /**
     * Follows bytes the connection received.
     *
     * @param buffer the bytes
     * @return true if they may be parsed; false if the connection is being refused and closed
     */
    boolean received(Buffer buffer) {
        if (closing.get()) {
            return false;
        }
        RequestFraming.Phase before = framing.phase();
        int started = framing.requests();
        long now = System.nanoTime();
        if (started > 0 && before != RequestFraming.Phase.HEAD && before != RequestFraming.Phase.BODY) {
            headStarted = now;
        }
        lastRead = now;
        try {
            framing.read(buffer);
        } catch (RequestFraming.Refusal refusal) {
            refuse(refusal.problem(), before == RequestFraming.Phase.BODY && answering);
            return false;
        }
        if (framing.requests() != started) {
            answering = false;
        }
        if (framing.phase() == RequestFraming.Phase.IDLE) {
            idleSince = now;
        }
        return !closing.get();
    }

    /**
     * Takes note of bytes written to the connection: the answer to an upgrade request decides
     * whether the connection is still HTTP, and an answer that starts while the body is still
     * arriving must not be followed by a refusal.
     *
     * @param buffer the bytes
     */
    void sending(Buffer buffer) {
        RequestFraming.Phase phase = framing.phase();
        if (phase == RequestFraming.Phase.UPGRADING && buffer.remaining() >= 12) {
            framing.upgradeAnswered(startsWith(buffer, "HTTP/1.1 101"));
        } else if (phase == RequestFraming.Phase.BODY) {
            answering = true;
        }
    }

    void requestReceived() {
        unanswered.incrementAndGet();
    }

    void requestAnswered() {
        unanswered.decrementAndGet();
        idleSince = System.nanoTime();
    }

    /**
     * Closes the connection if its client has been too slow.
     *
     * @param now {@link System#nanoTime()}
     */
    void check(long now) {
        if (closing.get()) {
            return;
        }
        switch (framing.phase()) {
            case HEAD -> {
                if (now - headStarted > millis(settings.headerTimeoutMillis())) {
                    refuse(Problem.requestTimeout("The request's headers did not arrive within "
                            + dev.waymark.impl.http.Durations.format(settings.headerTimeoutMillis())), false);
                }
            }
            case BODY -> {
                if (now - lastRead > millis(settings.bodyTimeoutMillis())) {
                    refuse(Problem.requestTimeout("The request body stalled for more than "
                            + dev.waymark.impl.http.Durations.format(settings.bodyTimeoutMillis())), answering);
                }
            }
            case IDLE -> {
                long limit = framing.requests() > 0 ? settings.idleTimeoutMillis() : settings.headerTimeoutMillis();
                if (unanswered.get() <= 0 && now - idleSince > millis(limit) && closing.compareAndSet(false, true)) {
                    connection.closeSilently();
                }
            }
            default -> {
            }
        }
    }

    /**
     * Moves the connection's times forward by a pause of the server's own (a long garbage
     * collection, a starved or stopped process), so that the pause is not counted against the
     * client: bytes it sent in time may not have been read yet.
     *
     * @param nanos the length of the pause
     */
    void postpone(long nanos) {
        headStarted += nanos;
        lastRead += nanos;
        idleSince += nanos;
    }

    /** Sends a problem, unless an answer has started, and closes the connection. */
    @SuppressWarnings("unchecked")
    private void refuse(Problem problem, boolean answerStarted) {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        LOG.log(System.Logger.Level.DEBUG, "Closing {0}: {1}", connection.getPeerAddress(), problem.detail());
        if (answerStarted) {
            connection.closeSilently();
            return;
        }
        connection.write(answer(problem), new EmptyCompletionHandler<WriteResult<Buffer, Object>>() {
            @Override
            public void completed(WriteResult<Buffer, Object> result) {
                connection.closeSilently();
            }

            @Override
            public void failed(Throwable error) {
                connection.closeSilently();
            }
        });
    }

    private Buffer answer(Problem problem) {
        byte[] body = (byte[]) problem.toResponse(null).getEntity();
        byte[] head = ("HTTP/1.1 " + problem.status() + " " + problem.title() + "\r\nContent-Type: " + Problem.MEDIA_TYPE
                + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] whole = new byte[head.length + body.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(body, 0, whole, head.length, body.length);
        return Buffers.wrap(connection.getMemoryManager(), whole);
    }

    private static boolean startsWith(Buffer buffer, String text) {
        int position = buffer.position();
        for (int i = 0; i < text.length(); i++) {
            if (buffer.get(position + i) != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static long millis(long value) {
        return value * 1_000_000L;
    }
}
