package dev.waymark.impl.config;

import java.util.Optional;

import dev.waymark.ApiDeploymentException;

/**
 * One configuration key: its name, how its value is read, and its default. A value that cannot be
 * read fails deployment with a message that names the key, the value and what was expected.
 * Blank values count as not set.
 *
 * @param <T> the type of its value
 */
public final class ConfigKey<T> {

    /**
     * Reads a value of a key.
     *
     * @param <T> the type of the value
     */
    @FunctionalInterface
    public interface Parser<T> {

        /**
         * Reads a value.
         *
         * @param value the value, stripped, not empty
         * @param key the key's name, for a message
         * @return the value read
         * @throws IllegalArgumentException whose message says what was expected, if the value cannot be read
         */
        T parse(String value, String key);
    }

    private final String name;
    private final Parser<T> parser;
    private final T fallback;

    ConfigKey(String name, Parser<T> parser, T fallback) {
        this.name = name;
        this.parser = parser;
        this.fallback = fallback;
    }

    /**
     * The key's name, such as {@code waymark.body.limit}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The value unless one is configured.
     *
     * @return the default, or {@code null} for a key without one
     */
    public T defaultValue() {
        return fallback;
    }

    /**
     * The configured value.
     *
     * @return the value read, if set
     * @throws ApiDeploymentException if the value cannot be read
     */
    public Optional<T> value() {
        return WaymarkConfig.value(name).map(String::strip).filter(value -> !value.isEmpty()).map(this::parse);
    }

    /**
     * The configured value, else the default.
     *
     * @return the value; {@code null} only for a key without a default that is not set
     * @throws ApiDeploymentException if the value cannot be read
     */
    public T get() {
        return value().orElse(fallback);
    }

    /**
     * Reads a value as this key's.
     *
     * @param value the value, stripped
     * @return the value read
     * @throws ApiDeploymentException if it cannot be read
     */
    public T parse(String value) {
        try {
            return parser.parse(value, name);
        } catch (IllegalArgumentException e) {
            throw new ApiDeploymentException("Invalid configuration " + name + "=" + value + ": expected " + e.getMessage());
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
