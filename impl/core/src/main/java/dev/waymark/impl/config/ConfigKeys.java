package dev.waymark.impl.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Sizes;
import dev.waymark.impl.limit.TrustedProxies;
import dev.waymark.impl.log.AccessLogFormat;
import dev.waymark.impl.log.AccessLogOutput;

/**
 * Every configuration key of Waymark, in one place: its name, how its value is read and its
 * default. The guide's configuration table lists exactly these keys.
 */
public final class ConfigKeys {

    private static final List<String> NAMES = new ArrayList<>();

    /** Text, as written. */
    static final ConfigKey.Parser<String> TEXT = (value, key) -> value;

    /** A size in the {@code bytes} format ({@code 64kb}), in bytes. */
    static final ConfigKey.Parser<Long> SIZE = (value, key) -> Sizes.parse(value, key);

    /** A duration ({@code 250ms}, {@code 10s}, {@code 5m}), in milliseconds. */
    static final ConfigKey.Parser<Long> MILLIS = (value, key) -> Durations.parseMillis(value, key);

    /** {@code true} or {@code false}, in any case. */
    static final ConfigKey.Parser<Boolean> BOOLEAN = (value, key) -> switch (value.toLowerCase(Locale.ROOT)) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("true or false");
    };

    /** {@code waymark.path.max-length}: the longest request path served, in characters. */
    public static final ConfigKey<Integer> PATH_MAX_LENGTH = key("waymark.path.max-length", wholeNumber(1, Integer.MAX_VALUE), 2048);

    /** {@code waymark.body.limit}: the body limit of routes that declare none, as written. */
    public static final ConfigKey<String> BODY_LIMIT = key("waymark.body.limit", TEXT, null);

    /** {@code waymark.response.limit}: the response limit of routes that declare none, as written. */
    public static final ConfigKey<String> RESPONSE_LIMIT = key("waymark.response.limit", TEXT, null);

    /** {@code waymark.timeout}: the time limit of routes that declare none, as written. */
    public static final ConfigKey<String> TIMEOUT = key("waymark.timeout", TEXT, null);

    /** {@code waymark.region}: the region of this node. */
    public static final ConfigKey<String> REGION = key("waymark.region", TEXT, null);

    /** {@code waymark.regions.<id>.url}: the base URL of the application in a region. */
    public static final Family<String> REGION_URL = family("waymark.regions.<id>.url", TEXT);

    /** {@code waymark.json.max-depth}: how deep JSON may nest. */
    public static final ConfigKey<Integer> JSON_MAX_DEPTH = key("waymark.json.max-depth", wholeNumber(1, Integer.MAX_VALUE), 128);

    /** {@code waymark.json.max-number-length}: the longest number in JSON, in characters. */
    public static final ConfigKey<Integer> JSON_MAX_NUMBER_LENGTH =
            key("waymark.json.max-number-length", wholeNumber(1, Integer.MAX_VALUE), 1000);

    /** {@code waymark.access-log.format}: the format of APIs that declare none. */
    public static final ConfigKey<AccessLogFormat> ACCESS_LOG_FORMAT =
            key("waymark.access-log.format", (value, key) -> AccessLogFormat.parse(value, key), AccessLogFormat.JSON);

    /** {@code waymark.access-log.output}: where lines go besides the file. */
    public static final ConfigKey<AccessLogOutput> ACCESS_LOG_OUTPUT =
            key("waymark.access-log.output", (value, key) -> AccessLogOutput.parse(value), null);

    /** {@code waymark.access-log.queue}: how many lines may wait for the writer. */
    public static final ConfigKey<Integer> ACCESS_LOG_QUEUE = key("waymark.access-log.queue", wholeNumber(1, Integer.MAX_VALUE), 16384);

    /** {@code waymark.access-log.file}: the file lines are also written to. */
    public static final ConfigKey<String> ACCESS_LOG_FILE = key("waymark.access-log.file", TEXT, null);

    /** {@code waymark.access-log.max-size}: the size of the file before it rotates, in bytes. */
    public static final ConfigKey<Long> ACCESS_LOG_MAX_SIZE = key("waymark.access-log.max-size", SIZE, 10L * 1024 * 1024);

    /** {@code waymark.access-log.max-files}: how many files rotation keeps. */
    public static final ConfigKey<Integer> ACCESS_LOG_MAX_FILES = key("waymark.access-log.max-files", wholeNumber(1, 1000), 5);

    /** {@code waymark.request-id.header}: the request header a request id is taken from. */
    public static final ConfigKey<String> REQUEST_ID_HEADER = key("waymark.request-id.header", TEXT, null);

    /** {@code waymark.jaxrs.problem-details}: whether the errors of the application's own JAX-RS resources are problems [JAXRS-3-1]. */
    public static final ConfigKey<Boolean> JAXRS_PROBLEM_DETAILS = key("waymark.jaxrs.problem-details", BOOLEAN, false);

    /** {@code waymark.trusted-proxies}: the proxies whose forwarded addresses are believed. */
    public static final ConfigKey<TrustedProxies> TRUSTED_PROXIES =
            key("waymark.trusted-proxies", (value, key) -> TrustedProxies.parse(value), null);

    /** {@code waymark.url}: the application's base URL. */
    public static final ConfigKey<String> URL = key("waymark.url", TEXT, null);

    /** {@code waymark.api.<name>.url}: an API's URL, also of an API of another application. */
    public static final Family<String> API_URL = family("waymark.api.<name>.url", TEXT);

    /** {@code waymark.api.<name>.domain}: the custom domain an API is bound to. */
    public static final Family<String> API_DOMAIN = family("waymark.api.<name>.domain", TEXT);

    /** {@code waymark.api.<name>.cors.allow-origins}: the origins an API allows, comma separated. */
    public static final Family<String> API_CORS_ALLOW_ORIGINS = family("waymark.api.<name>.cors.allow-origins", TEXT);

    /** {@code waymark.auth.<name>.issuer}: the issuer a JWT authorizer requires. */
    public static final Family<String> AUTH_ISSUER = family("waymark.auth.<name>.issuer", TEXT);

    /** {@code waymark.auth.<name>.audiences}: the audiences a JWT authorizer accepts, comma separated. */
    public static final Family<String> AUTH_AUDIENCES = family("waymark.auth.<name>.audiences", TEXT);

    /** {@code waymark.auth.<name>.jwks-url}: where a JWT authorizer fetches its keys. */
    public static final Family<String> AUTH_JWKS_URL = family("waymark.auth.<name>.jwks-url", TEXT);

    /** {@code waymark.auth.<name>.public-key}: a JWT authorizer's PEM public key. */
    public static final Family<String> AUTH_PUBLIC_KEY = family("waymark.auth.<name>.public-key", TEXT);

    /** {@code waymark.auth.<name>.token-header}: the header a JWT authorizer reads the token from. */
    public static final Family<String> AUTH_TOKEN_HEADER = family("waymark.auth.<name>.token-header", TEXT);

    /** {@code waymark.auth.<name>.token-query-parameter}: the query parameter a JWT authorizer reads the token from. */
    public static final Family<String> AUTH_TOKEN_QUERY_PARAMETER = family("waymark.auth.<name>.token-query-parameter", TEXT);

    /** {@code waymark.graphql.introspection}: whether GraphQL routes answer introspection. */
    public static final ConfigKey<Boolean> GRAPHQL_INTROSPECTION = key("waymark.graphql.introspection", BOOLEAN, true);

    /** {@code waymark.graphql.max-depth}: how deep a GraphQL operation may nest. */
    public static final ConfigKey<Integer> GRAPHQL_MAX_DEPTH = key("waymark.graphql.max-depth", wholeNumber(1, Integer.MAX_VALUE), 15);

    /** {@code waymark.graphql.max-complexity}: how many fields a GraphQL operation may select. */
    public static final ConfigKey<Integer> GRAPHQL_MAX_COMPLEXITY =
            key("waymark.graphql.max-complexity", wholeNumber(1, Integer.MAX_VALUE), 1000);

    /** {@code waymark.port}: the embedded runtime's port; 0 takes a free one. */
    public static final ConfigKey<Integer> PORT = key("waymark.port", wholeNumber(0, 65535), 8080);

    /** {@code waymark.host}: the address the embedded runtime listens on. */
    public static final ConfigKey<String> HOST = key("waymark.host", TEXT, "0.0.0.0");

    /** {@code waymark.http.header-timeout}: how long the embedded runtime waits for a request's head, in milliseconds. */
    public static final ConfigKey<Long> HTTP_HEADER_TIMEOUT = key("waymark.http.header-timeout", MILLIS, 10_000L);

    /** {@code waymark.http.body-timeout}: how long the embedded runtime waits for more of a body, in milliseconds. */
    public static final ConfigKey<Long> HTTP_BODY_TIMEOUT = key("waymark.http.body-timeout", MILLIS, 10_000L);

    /** {@code waymark.http.idle-timeout}: how long the embedded runtime keeps an idle connection, in milliseconds. */
    public static final ConfigKey<Long> HTTP_IDLE_TIMEOUT = key("waymark.http.idle-timeout", MILLIS, 30_000L);

    /** {@code waymark.http.body-buffer}: the largest body the embedded runtime reads whole before its handler runs. */
    public static final ConfigKey<Long> HTTP_BODY_BUFFER = key("waymark.http.body-buffer", SIZE, 64L * 1024);

    /** {@code waymark.tls.certificate}: the embedded runtime's PEM certificate chain. */
    public static final ConfigKey<String> TLS_CERTIFICATE = key("waymark.tls.certificate", TEXT, null);

    /** {@code waymark.tls.key}: the embedded runtime's PKCS#8 PEM private key. */
    public static final ConfigKey<String> TLS_KEY = key("waymark.tls.key", TEXT, null);

    /** {@code waymark.tls.keystore}: the embedded runtime's PKCS#12 key store. */
    public static final ConfigKey<String> TLS_KEYSTORE = key("waymark.tls.keystore", TEXT, null);

    /** {@code waymark.tls.keystore-password}: the password of that key store. */
    public static final ConfigKey<String> TLS_KEYSTORE_PASSWORD = key("waymark.tls.keystore-password", TEXT, null);

    /** {@code waymark.cluster.engine}: the engine of the application's cluster, or none for a single node. */
    public static final ConfigKey<String> CLUSTER_ENGINE = key("waymark.cluster.engine", (value, key) -> switch (value) {
        case "hazelcast", "redis", "none" -> value;
        default -> throw new IllegalArgumentException("hazelcast, redis or none");
    }, "none");

    /** {@code waymark.cluster.name}: the cluster's name; nodes of other names do not join it. */
    public static final ConfigKey<String> CLUSTER_NAME = key("waymark.cluster.name", TEXT, "waymark");

    /** {@code waymark.cluster.members}: the addresses ({@code host:port}) of the members a node joins, comma separated. */
    public static final ConfigKey<String> CLUSTER_MEMBERS = key("waymark.cluster.members", TEXT, null);

    /** {@code waymark.cluster.port}: the port a node's member listens on. */
    public static final ConfigKey<Integer> CLUSTER_PORT = key("waymark.cluster.port", wholeNumber(1, 65535), 5701);

    /** {@code waymark.cluster.interface}: the address a node's member binds. */
    public static final ConfigKey<String> CLUSTER_INTERFACE = key("waymark.cluster.interface", TEXT, "127.0.0.1");

    /** {@code waymark.cluster.redis-url}: the Redis server the nodes of a Redis cluster share, such as {@code redis://10.0.0.5:6379}. */
    public static final ConfigKey<String> CLUSTER_REDIS_URL = key("waymark.cluster.redis-url", TEXT, null);

    /** {@code waymark.cluster.heartbeat}: how often a node of a Redis cluster says it is alive, in milliseconds; it is gone after three missed. */
    public static final ConfigKey<Long> CLUSTER_HEARTBEAT = key("waymark.cluster.heartbeat", MILLIS, 1_000L);

    /** {@code waymark.cluster.request-timeout}: how long a node waits for another that holds a connection, in milliseconds. */
    public static final ConfigKey<Long> CLUSTER_REQUEST_TIMEOUT = key("waymark.cluster.request-timeout", MILLIS, 5_000L);

    /** {@code waymark.cluster.rate-limit-failure}: whether requests pass ({@code open}) or not when the shared buckets cannot be reached. */
    public static final ConfigKey<Boolean> CLUSTER_RATE_LIMIT_FAILS_OPEN = key("waymark.cluster.rate-limit-failure", (value, key) ->
            switch (value.toLowerCase(Locale.ROOT)) {
                case "open" -> true;
                case "closed" -> false;
                default -> throw new IllegalArgumentException("open or closed");
            }, true);

    /** {@code waymark.exit-after}: a system property only, read before configuration is: the paths of a training run. */
    public static final ConfigKey<String> EXIT_AFTER = key("waymark.exit-after", TEXT, null);

    private ConfigKeys() {
    }

    /**
     * The names of every key, a family's with its placeholder ({@code waymark.api.<name>.url}).
     *
     * @return the names, in the order declared
     */
    public static List<String> names() {
        return List.copyOf(NAMES);
    }

    /**
     * Whole numbers from {@code min} to {@code max}.
     *
     * @param min the least
     * @param max the most
     * @return the parser
     */
    static ConfigKey.Parser<Integer> wholeNumber(int min, int max) {
        String expected = max == Integer.MAX_VALUE ? "a whole number of at least " + min : "a whole number from " + min + " to " + max;
        return (value, key) -> {
            int number;
            try {
                number = Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(expected);
            }
            if (number < min || number > max) {
                throw new IllegalArgumentException(expected);
            }
            return number;
        };
    }

    private static <T> ConfigKey<T> key(String name, ConfigKey.Parser<T> parser, T fallback) {
        NAMES.add(name);
        return new ConfigKey<>(name, parser, fallback);
    }

    private static <T> Family<T> family(String pattern, ConfigKey.Parser<T> parser) {
        NAMES.add(pattern);
        return new Family<>(pattern, parser);
    }

    /**
     * Keys that differ by a name in them, such as {@code waymark.api.<name>.url}.
     *
     * @param <T> the type of their values
     */
    public static final class Family<T> {

        private final String pattern;
        private final ConfigKey.Parser<T> parser;

        private Family(String pattern, ConfigKey.Parser<T> parser) {
            this.pattern = pattern;
            this.parser = parser;
        }

        /**
         * The key of one name.
         *
         * @param name the name that takes the placeholder's place
         * @return the key
         */
        public ConfigKey<T> of(String name) {
            int start = pattern.indexOf('<');
            int end = pattern.indexOf('>', start);
            return new ConfigKey<>(pattern.substring(0, start) + name + pattern.substring(end + 1), parser, null);
        }

        @Override
        public String toString() {
            return pattern;
        }
    }
}
