package dev.waymark.impl.limit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RateLimit;
import dev.waymark.RateLimitPolicy;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Problem;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;

/**
 * The rate limit of one route: a Bucket4j token bucket per client [LIMIT-1], in this node's memory
 * or, in a cluster, in {@link SharedBuckets} [LIMIT-3-1]. Buckets in memory that have filled up
 * again are dropped when the number of clients grows large, so memory stays bounded by the clients
 * active within one refill period.
 */
public final class RateLimiter {

    private static final int PRUNE_ABOVE = 50_000;

    private final RateLimitPolicy policy;
    private final Bandwidth bandwidth;
    private final long capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final SharedBuckets shared;
    private final String name;
    private final BucketConfiguration configuration;

    private RateLimiter(RateLimitPolicy policy, long capacity, Bandwidth bandwidth, SharedBuckets shared, String name) {
        this.policy = policy;
        this.capacity = capacity;
        this.bandwidth = bandwidth;
        this.shared = shared;
        this.name = name;
        this.configuration = BucketConfiguration.builder().addLimit(bandwidth).build();
    }

    /**
     * The same limit with its buckets shared by a cluster's nodes.
     *
     * @param buckets the shared buckets
     * @param limiterName the limiter's name, the same on every node, such as its API, route and policy
     * @return the limiter
     */
    public RateLimiter sharedIn(SharedBuckets buckets, String limiterName) {
        return new RateLimiter(policy, capacity, bandwidth, buckets, limiterName);
    }

    /**
     * The limiter of a policy, its values checked.
     *
     * @param policy the policy
     * @param where the route described for error messages
     * @param guarded whether the route has an authorizer
     * @return the limiter, or null if the policy is off
     * @throws ApiDeploymentException if a value is invalid
     */
    public static RateLimiter of(RateLimitPolicy policy, String where, boolean guarded) {
        if (policy == null || !policy.enabled()) {
            return null;
        }
        if (policy.rate() < 1 || policy.burst() < 0) {
            throw new ApiDeploymentException("The rate limit of " + where + " needs a rate of at least 1 and a burst of at least 1 "
                    + "(0 for the rate); it has rate " + policy.rate() + " and burst " + policy.burst());
        }
        if (policy.key() == RateLimit.Key.PRINCIPAL && !guarded) {
            throw new ApiDeploymentException("The rate limit of " + where + " is keyed by principal, but the route has no authorizer; "
                    + "choose one with @Authorize, or key the limit by IP or header");
        }
        if (policy.key() == RateLimit.Key.HEADER && policy.header().filter(name -> !name.isBlank()).isEmpty()) {
            throw new ApiDeploymentException("The rate limit of " + where + " is keyed by header, but names none; set header");
        }
        long millis = Durations.parseMillis(policy.per(), "the rate limit period of " + where);
        long capacity = policy.burst() == 0 ? policy.rate() : policy.burst();
        return new RateLimiter(policy, capacity,
                Bandwidth.builder().capacity(capacity).refillGreedy(policy.rate(), Duration.ofMillis(millis)).build(), null, null);
    }

    /**
     * The policy.
     *
     * @return the policy
     */
    public RateLimitPolicy policy() {
        return policy;
    }

    /**
     * Takes one request from its client's bucket.
     *
     * @param headers the request headers
     * @param principal the caller's name, or null if the request has none
     * @param clientAddress the client's address
     * @return the outcome
     */
    public Outcome acquire(MultivaluedMap<String, String> headers, String principal, String clientAddress) {
        String key = switch (policy.key()) {
            case IP -> "ip:" + clientAddress;
            case PRINCIPAL -> principal == null ? "ip:" + clientAddress : "principal:" + principal;
            case HEADER -> {
                String value = headers.getFirst(policy.header().orElseThrow());
                yield value == null ? "ip:" + clientAddress : "header:" + value;
            }
        };
        ConsumptionProbe probe = shared == null ? takeLocal(key) : shared.take(name + "|" + key, configuration);
        if (probe == null) {
            return shared.failsOpen() ? new Outcome(true, capacity, capacity, 0, 0, false) : new Outcome(false, capacity, 0, 1, 1, true);
        }
        return new Outcome(probe.isConsumed(), capacity, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()), false);
    }

    private ConsumptionProbe takeLocal(String key) {
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        return buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth).build()).tryConsumeAndReturnRemaining(1);
    }

    private static long seconds(long nanos) {
        return nanos <= 0 ? 0 : Math.max(1, (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1));
    }

    /**
     * What a request took from its bucket.
     *
     * @param allowed whether it may go on
     * @param limit the bucket's size
     * @param remaining the requests left
     * @param resetSeconds seconds until the bucket is full
     * @param retryAfterSeconds seconds until a refused request would pass
     * @param storeUnavailable whether it was refused because the cluster's buckets cannot be reached
     */
    public record Outcome(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds,
            boolean storeUnavailable) {

        /**
         * The answer of a refused request: 429, or 503 if the cluster's buckets cannot be reached.
         *
         * @param path the request path
         * @return the answer
         */
        public Response refusal(String path) {
            Problem problem = storeUnavailable ? Problem.rateLimitUnavailable() : Problem.rateLimited(retryAfterSeconds);
            return withHeaders(Response.fromResponse(problem.toResponse(path)).header("Retry-After", retryAfterSeconds).build());
        }

        /**
         * An answer with the {@code RateLimit-*} headers.
         *
         * @param response the answer
         * @return the answer with the headers
         */
        public Response withHeaders(Response response) {
            Response.ResponseBuilder builder = Response.fromResponse(response);
            headers().forEach(builder::header);
            return builder.build();
        }

        /**
         * The {@code RateLimit-*} headers every answer of the route carries.
         *
         * @return the header names and values
         */
        public Map<String, Object> headers() {
            return Map.of("RateLimit-Limit", limit, "RateLimit-Remaining", remaining, "RateLimit-Reset", resetSeconds);
        }
    }
}
