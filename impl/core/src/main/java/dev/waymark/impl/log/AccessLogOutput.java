package dev.waymark.impl.log;

import java.util.Locale;

import dev.waymark.ApiDeploymentException;

/**
 * Where access log lines go besides the file of {@code waymark.access-log.file}: the setting
 * {@code waymark.access-log.output}.
 */
public enum AccessLogOutput {

    /**
     * Standard output, as the lines are, in batches: the default of the embedded runtime, which owns
     * its process.
     */
    CONSOLE,

    /**
     * {@code System.Logger} {@code waymark.access} at {@code INFO}, one record per line: the default
     * in a web archive, where the server's logging configuration decides where lines go.
     */
    LOGGER,

    /** Nowhere but the file, if one is set. */
    NONE;

    /**
     * Reads a configuration value.
     *
     * @param value {@code console}, {@code logger} or {@code none}, in any case
     * @return the output
     * @throws IllegalArgumentException saying what it takes
     */
    public static AccessLogOutput parse(String value) {
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (AccessLogOutput output : values()) {
            if (output.name().equals(name)) {
                return output;
            }
        }
        throw new IllegalArgumentException("console, logger or none");
    }
}
