package dev.waymark.impl.http;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;

/**
 * What a JSON document may cost before it is bound: how deep it nests and how long one number is.
 * Every JSON body, WebSocket message and GraphQL request is checked against them in one linear
 * scan before any JSON-P or JSON-B implementation reads it.
 *
 * @param maxDepth {@code waymark.json.max-depth}: the most arrays and objects open at once
 * @param maxNumberLength {@code waymark.json.max-number-length}: the most characters of one number
 */
public record JsonLimits(int maxDepth, int maxNumberLength) {

    /** The limits unless configured: 128 levels, 1,000 characters. */
    public static final JsonLimits DEFAULTS =
            new JsonLimits(ConfigKeys.JSON_MAX_DEPTH.defaultValue(), ConfigKeys.JSON_MAX_NUMBER_LENGTH.defaultValue());

    /**
     * Creates limits.
     *
     * @throws ApiDeploymentException if a limit is below 1
     */
    public JsonLimits {
        if (maxDepth < 1 || maxNumberLength < 1) {
            throw new ApiDeploymentException("The JSON limits must be at least 1 (" + ConfigKeys.JSON_MAX_DEPTH + "=" + maxDepth + ", "
                    + ConfigKeys.JSON_MAX_NUMBER_LENGTH + "=" + maxNumberLength + ")");
        }
    }

    /**
     * Reads the limits from the configuration.
     *
     * @return the configured limits, each defaulting to {@link #DEFAULTS}
     * @throws ApiDeploymentException if a value is not a whole number of at least 1
     */
    public static JsonLimits load() {
        return new JsonLimits(ConfigKeys.JSON_MAX_DEPTH.get(), ConfigKeys.JSON_MAX_NUMBER_LENGTH.get());
    }
}
