package dev.waymark.impl.log;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;

/**
 * Writes access log lines off the request threads: a request thread only puts its completed
 * {@link AccessRecord} in a bounded queue ({@code waymark.access-log.queue} lines, default 16384),
 * and one thread formats the lines in a reused buffer and writes them in batches to the
 * {@link AccessLogOutput} ({@code waymark.access-log.output}) and, when
 * {@code waymark.access-log.file} is set, to that file, rotated by size
 * ({@code waymark.access-log.max-size}, default 10mb; {@code waymark.access-log.max-files}, default
 * 5) with the JDK's {@link FileHandler}. A line is dropped only when the queue is full; dropped
 * lines are counted and reported in a warning of {@code dev.waymark.log}. {@link #close()} writes
 * every line queued before it.
 */
public final class AccessLogWriter implements AutoCloseable {

    /**
     * The logger of {@link AccessLogOutput#LOGGER}: the platform's logging API, whose records name
     * their source here, so that a handler that shows the source does not walk the stack for it.
     */
    private static final java.util.logging.Logger ACCESS = java.util.logging.Logger.getLogger("waymark.access");
    private static final System.Logger LOG = System.getLogger("dev.waymark.log");

    /** The most lines formatted into one write. */
    private static final int BATCH = 1024;

    /** How long the writer waits after a batch for more lines to come, so that a busy server writes few large batches. */
    private static final long PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(5);

    /** The least time between two warnings of dropped lines. */
    private static final long REPORT_NANOS = TimeUnit.SECONDS.toNanos(10);

    private final AccessLogFormat fallback;
    private final boolean outputConfigured;
    private volatile AccessLogOutput output;
    private final FileHandler file;
    private final BlockingQueue<Object> queue;
    private final AtomicLong dropped = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;
    private long reported;
    private long reportedAt = System.nanoTime() - REPORT_NANOS;

    private AccessLogWriter(AccessLogFormat fallback, Optional<AccessLogOutput> output, FileHandler file, int capacity) {
        this.fallback = fallback;
        this.outputConfigured = output.isPresent();
        this.output = output.orElse(AccessLogOutput.LOGGER);
        this.file = file;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.writer = new Thread(this::run, "waymark-access-log");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * The writer the configuration asks for, writing to {@code waymark.access-log.output}, by
     * default {@link AccessLogOutput#LOGGER} (see {@link #defaultOutput}).
     *
     * @return the writer, started
     * @throws ApiDeploymentException if the file cannot be opened or a setting is invalid
     */
    public static AccessLogWriter from() {
        AccessLogFormat fallback = ConfigKeys.ACCESS_LOG_FORMAT.get();
        Optional<AccessLogOutput> output = ConfigKeys.ACCESS_LOG_OUTPUT.value();
        int capacity = ConfigKeys.ACCESS_LOG_QUEUE.get();
        String path = ConfigKeys.ACCESS_LOG_FILE.value().orElse(null);
        if (path == null) {
            return new AccessLogWriter(fallback, output, null, capacity);
        }
        long maxSize = ConfigKeys.ACCESS_LOG_MAX_SIZE.get();
        int maxFiles = ConfigKeys.ACCESS_LOG_MAX_FILES.get();
        try {
            FileHandler handler = new FileHandler(path, (int) Math.min(Integer.MAX_VALUE, maxSize), maxFiles, true);
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return record.getMessage();
                }
            });
            return new AccessLogWriter(fallback, output, handler, capacity);
        } catch (IOException | RuntimeException e) {
            throw new ApiDeploymentException("Cannot open the access log file " + path + " (" + ConfigKeys.ACCESS_LOG_FILE + "): "
                    + e.getMessage(), e);
        }
    }

    /**
     * Sets where lines go unless {@code waymark.access-log.output} says, for a runtime whose default
     * differs from a web archive's: the embedded runtime, which owns its process, writes to
     * {@link AccessLogOutput#CONSOLE}. A runtime calls it before it serves anything.
     *
     * @param fallbackOutput the output
     */
    public void defaultOutput(AccessLogOutput fallbackOutput) {
        if (!outputConfigured) {
            output = fallbackOutput;
        }
    }

    /**
     * The format of requests no route took, and of routes that declare none.
     *
     * @return the configured format, JSON by default
     */
    public AccessLogFormat fallback() {
        return fallback;
    }

    /**
     * Queues the line of a completed request, in its route's format or the fallback.
     *
     * @param record the record, which is not changed after this call
     */
    public void write(AccessRecord record) {
        AccessLogFormat format = record.format() == null ? fallback : record.format();
        if (format.enabled() && writes()) {
            enqueue(record);
        }
    }

    /**
     * Queues a line that is already formatted, such as a WebSocket event's.
     *
     * @param line the line
     */
    public void writeLine(String line) {
        if (writes()) {
            enqueue(line);
        }
    }

    /**
     * The lines dropped so far because the queue was full.
     *
     * @return the count
     */
    public long dropped() {
        return dropped.get();
    }

    private boolean writes() {
        return output != AccessLogOutput.NONE || file != null;
    }

    private void enqueue(Object line) {
        if (closed || !queue.offer(line)) {
            dropped.incrementAndGet();
        }
    }

    private void run() {
        List<Object> batch = new ArrayList<>(BATCH);
        StringBuilder text = new StringBuilder(BATCH * 256);
        String separator = System.lineSeparator();
        while (!closed || !queue.isEmpty()) {
            Object first;
            try {
                first = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                // only close() ends the writer, once every line queued before it is written
                continue;
            }
            if (first != null) {
                batch.add(first);
                queue.drainTo(batch, BATCH - 1);
                writeBatch(batch, text, separator);
                boolean full = batch.size() == BATCH;
                batch.clear();
                if (!full && !closed) {
                    LockSupport.parkNanos(PAUSE_NANOS);
                }
            }
            reportDropped(false);
        }
        reportDropped(true);
    }

    private void writeBatch(List<Object> batch, StringBuilder text, String separator) {
        AccessLogOutput output = this.output;
        text.setLength(0);
        for (Object line : batch) {
            int start = text.length();
            if (line instanceof AccessRecord record) {
                (record.format() == null ? fallback : record.format()).appendTo(record, text);
            } else {
                text.append((String) line);
            }
            if (output == AccessLogOutput.LOGGER) {
                ACCESS.logp(java.util.logging.Level.INFO, AccessLogWriter.class.getName(), "write", text.substring(start));
            }
            text.append(separator);
        }
        if (output == AccessLogOutput.CONSOLE) {
            PrintStream console = System.out;
            console.append(text);
            console.flush();
        }
        if (file != null) {
            file.publish(new LogRecord(java.util.logging.Level.INFO, text.toString()));
        }
        if (text.capacity() > 4 * BATCH * 256) {
            text.setLength(0);
            text.trimToSize();
        }
    }

    private void reportDropped(boolean last) {
        long count = dropped.get();
        long now = System.nanoTime();
        if (count > reported && (last || now - reportedAt >= REPORT_NANOS)) {
            LOG.log(Level.WARNING, "{0} access log lines dropped ({1} in all): more requests completed than the writer could keep up "
                    + "with, and its queue of {2} lines (waymark.access-log.queue) was full", count - reported, count,
                    queue.remainingCapacity() + queue.size());
            reported = count;
            reportedAt = now;
        }
    }

    /** Writes every line queued so far, then stops the writer and closes the file. */
    @Override
    public void close() {
        closed = true;
        try {
            writer.join(TimeUnit.SECONDS.toMillis(10));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (file != null) {
            file.close();
        }
    }
}
