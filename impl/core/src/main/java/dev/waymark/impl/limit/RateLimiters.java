package dev.waymark.impl.limit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The rate limiters of a deployment, one per name (an API, a route and a policy), whose buckets are
 * kept in this node's memory, or shared by a cluster's nodes [LIMIT-3-1].
 */
public final class RateLimiters {

    private final Map<String, RateLimiter> limiters = new ConcurrentHashMap<>();
    private final SharedBuckets shared;

    private RateLimiters(SharedBuckets shared) {
        this.shared = shared;
    }

    /**
     * Limiters with their buckets in memory.
     *
     * @return the limiters
     */
    public static RateLimiters local() {
        return new RateLimiters(null);
    }

    /**
     * Limiters with their buckets shared.
     *
     * @param buckets the shared buckets
     * @return the limiters
     */
    public static RateLimiters sharedIn(SharedBuckets buckets) {
        return new RateLimiters(buckets);
    }

    /**
     * The limiter of a name: the first one given for it, in memory or shared.
     *
     * @param name the name, the same on every node
     * @param limiter the limiter, if the name has none yet
     * @return the limiter of the name
     */
    public RateLimiter of(String name, RateLimiter limiter) {
        return limiters.computeIfAbsent(name, key -> shared == null ? limiter : limiter.sharedIn(shared, key));
    }
}
