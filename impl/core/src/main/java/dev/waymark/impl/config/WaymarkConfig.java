package dev.waymark.impl.config;

import java.util.Optional;

import dev.waymark.impl.http.JsonLimits;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Waymark's configuration, read through MicroProfile Config where the runtime has it, else from
 * system properties.
 *
 * @param maxPathLength {@code waymark.path.max-length}: the longest request path served, in
 *        characters (default 2048); a longer one is answered 414
 * @param region {@code waymark.region}: the region of this node, if it has one
 * @param json {@code waymark.json.max-depth} and {@code waymark.json.max-number-length}: what a
 *        JSON body or message may cost before it is bound
 */
public record WaymarkConfig(int maxPathLength, Optional<String> region, JsonLimits json) {

    /**
     * Reads the configuration.
     *
     * @return the configuration
     * @throws dev.waymark.ApiDeploymentException if a value cannot be read, naming its key
     */
    public static WaymarkConfig load() {
        return new WaymarkConfig(ConfigKeys.PATH_MAX_LENGTH.get(), ConfigKeys.REGION.value(), JsonLimits.load());
    }

    /**
     * The base URL of the application in a region: {@code waymark.regions.<id>.url}.
     *
     * @param id the region id
     * @return the URL, if configured
     */
    public static Optional<String> regionUrl(String id) {
        return ConfigKeys.REGION_URL.of(id).value();
    }

    /**
     * One configuration value as written; {@link ConfigKeys} reads them.
     *
     * @param key the property name
     * @return its value, if set
     */
    static Optional<String> value(String key) {
        Config config = microProfileConfig();
        return config != null ? config.getOptionalValue(key, String.class) : Optional.ofNullable(System.getProperty(key));
    }

    private static Config microProfileConfig() {
        try {
            return ConfigProvider.getConfig();
        } catch (LinkageError | IllegalStateException e) {
            return null;
        }
    }
}
