package dev.waymark.impl.log;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.logging.FileHandler;
import java.util.logging.Formatter;
import java.util.logging.LogRecord;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.http.Sizes;

/**
 * Writes access log lines: through {@code System.Logger} {@code waymark.access} at {@code INFO},
 * and, when {@code waymark.access-log.file} is set, to that file, rotated by size
 * ({@code waymark.access-log.max-size}, default 10mb; {@code waymark.access-log.max-files},
 * default 5) with the JDK's {@link FileHandler}.
 */
public final class AccessLogWriter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("waymark.access");

    private final AccessLogFormat fallback;
    private final FileHandler file;

    private AccessLogWriter(AccessLogFormat fallback, FileHandler file) {
        this.fallback = fallback;
        this.file = file;
    }

    /**
     * The writer a configuration asks for.
     *
     * @param config the configuration
     * @return the writer
     * @throws ApiDeploymentException if the file cannot be opened or a setting is invalid
     */
    public static AccessLogWriter from(WaymarkConfig config) {
        AccessLogFormat fallback = WaymarkConfig.value("waymark.access-log.format")
                .map(format -> AccessLogFormat.parse(format, "waymark.access-log.format")).orElse(AccessLogFormat.JSON);
        String path = WaymarkConfig.value("waymark.access-log.file").orElse(null);
        if (path == null || path.isBlank()) {
            return new AccessLogWriter(fallback, null);
        }
        long maxSize = WaymarkConfig.value("waymark.access-log.max-size").map(size -> Sizes.parse(size, "waymark.access-log.max-size"))
                .orElse(10L * 1024 * 1024);
        int maxFiles = WaymarkConfig.value("waymark.access-log.max-files").map(Integer::parseInt).orElse(5);
        try {
            FileHandler handler = new FileHandler(path, (int) Math.min(Integer.MAX_VALUE, maxSize), Math.max(1, maxFiles), true);
            handler.setFormatter(new Formatter() {
                @Override
                public String format(LogRecord record) {
                    return record.getMessage() + System.lineSeparator();
                }
            });
            return new AccessLogWriter(fallback, handler);
        } catch (IOException | RuntimeException e) {
            throw new ApiDeploymentException("Cannot open the access log file " + path + " (waymark.access-log.file): " + e.getMessage(), e);
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
     * Writes the line of a completed request, in its route's format or the fallback.
     *
     * @param record the record
     */
    public void write(AccessRecord record) {
        AccessLogFormat format = record.format() == null ? fallback : record.format();
        if (!format.enabled()) {
            return;
        }
        writeLine(format.line(record));
    }

    /**
     * Writes a line that is already formatted, such as a WebSocket event's.
     *
     * @param line the line
     */
    public void writeLine(String line) {
        LOG.log(Level.INFO, line);
        if (file != null) {
            file.publish(new LogRecord(java.util.logging.Level.INFO, line));
        }
    }

    @Override
    public void close() {
        if (file != null) {
            file.close();
        }
    }
}
