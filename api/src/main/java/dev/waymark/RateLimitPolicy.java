package dev.waymark;

import java.util.Objects;
import java.util.Optional;

/**
 * A rate limit in code, the programmatic counterpart of {@link RateLimit}, for
 * {@link RouteOptions#rateLimit(RateLimitPolicy)} [LIMIT-1-1]. Immutable.
 *
 * <pre>
 * table.add("POST /search", RouteOptions.defaults()
 *         .rateLimit(RateLimitPolicy.of(100, "1m").burst(20).keyedByHeader("X-Api-Key")), search);
 * </pre>
 *
 * @param enabled whether the route is throttled
 * @param rate requests per {@code per}
 * @param per the period, such as {@code "1s"}
 * @param burst the bucket's size; 0 means the rate
 * @param key what tells clients apart
 * @param header the header for {@link RateLimit.Key#HEADER}, else empty
 * @since 0.1
 */
public record RateLimitPolicy(boolean enabled, int rate, String per, int burst, RateLimit.Key key, Optional<String> header) {

    /**
     * Checks the values' presence.
     *
     * @param enabled whether the route is throttled
     * @param rate requests per {@code per}
     * @param per the period
     * @param burst the bucket's size
     * @param key what tells clients apart
     * @param header the header name, if any
     */
    public RateLimitPolicy {
        Objects.requireNonNull(per, "per");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(header, "header");
    }

    /**
     * A limit of {@code rate} requests per {@code per} for each client address, bursts of the rate.
     *
     * @param rate requests per period
     * @param per the period, such as {@code "1s"}
     * @return the policy
     */
    public static RateLimitPolicy of(int rate, String per) {
        return new RateLimitPolicy(true, rate, per, 0, RateLimit.Key.IP, Optional.empty());
    }

    /**
     * No limit, to lift a table's default for one route.
     *
     * @return the policy
     */
    public static RateLimitPolicy disabled() {
        return new RateLimitPolicy(false, 1, "1s", 0, RateLimit.Key.IP, Optional.empty());
    }

    /**
     * The same limit with another burst.
     *
     * @param size the most requests at once
     * @return the policy
     */
    public RateLimitPolicy burst(int size) {
        return new RateLimitPolicy(enabled, rate, per, size, key, header);
    }

    /**
     * The same limit for each principal of the route's authorizer.
     *
     * @return the policy
     */
    public RateLimitPolicy keyedByPrincipal() {
        return new RateLimitPolicy(enabled, rate, per, burst, RateLimit.Key.PRINCIPAL, Optional.empty());
    }

    /**
     * The same limit for each value of a header.
     *
     * @param name the header
     * @return the policy
     */
    public RateLimitPolicy keyedByHeader(String name) {
        return new RateLimitPolicy(enabled, rate, per, burst, RateLimit.Key.HEADER, Optional.of(name));
    }
}
