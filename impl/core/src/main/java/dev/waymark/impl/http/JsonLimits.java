package dev.waymark.impl.http;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.WaymarkConfig;

/**
 * What a JSON document may cost before it is bound: how deep it nests and how long one number is.
 * Every JSON body, WebSocket message and GraphQL request is checked against them in one linear
 * scan before any JSON-P or JSON-B implementation reads it.
 *
 * @param maxDepth {@code waymark.json.max-depth}: the most arrays and objects open at once
 * @param maxNumberLength {@code waymark.json.max-number-length}: the most characters of one number
 */
public record JsonLimits(int maxDepth, int maxNumberLength) {

    /** The configuration key of the depth. */
    public static final String MAX_DEPTH = "waymark.json.max-depth";

    /** The configuration key of the number length. */
    public static final String MAX_NUMBER_LENGTH = "waymark.json.max-number-length";

    /** The limits unless configured: 128 levels, 1,000 characters. */
    public static final JsonLimits DEFAULTS = new JsonLimits(128, 1000);

    /**
     * Creates limits.
     *
     * @throws ApiDeploymentException if a limit is below 1
     */
    public JsonLimits {
        if (maxDepth < 1 || maxNumberLength < 1) {
            throw new ApiDeploymentException("The JSON limits must be at least 1 (" + MAX_DEPTH + "=" + maxDepth + ", "
                    + MAX_NUMBER_LENGTH + "=" + maxNumberLength + ")");
        }
    }

    /**
     * Reads the limits from the configuration.
     *
     * @return the configured limits, each defaulting to {@link #DEFAULTS}
     * @throws ApiDeploymentException if a value is not a whole number of at least 1
     */
    public static JsonLimits load() {
        return new JsonLimits(configured(MAX_DEPTH, DEFAULTS.maxDepth), configured(MAX_NUMBER_LENGTH, DEFAULTS.maxNumberLength));
    }

    private static int configured(String key, int fallback) {
        String value = WaymarkConfig.value(key).map(String::strip).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new ApiDeploymentException("Invalid configuration " + key + "=" + value + ": expected a whole number", e);
        }
    }
}
