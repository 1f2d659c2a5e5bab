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
import io.github.bucket4j.ConsumptionProbe;

/**
 * The rate limit of one route: a Bucket4j token bucket per client [LIMIT-1]. Buckets that have
 * filled up again are dropped when the number of clients grows large, so memory stays bounded by
 * the clients active within one refill period.
 */
public final class RateLimiter {

    private static final int PRUNE_ABOVE = 50_000;

    private final RateLimitPolicy policy;
    private final Bandwidth bandwidth;
    private final long capacity;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private RateLimiter(RateLimitPolicy policy, long capacity, Duration period) {
        this.policy = policy;
        this.capacity = capacity;
        this.bandwidth = Bandwidth.builder().capacity(capacity).refillGreedy(policy.rate(), period).build();
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
        return new RateLimiter(policy, policy.burst() == 0 ? policy.rate() : policy.burst(), Duration.ofMillis(millis));
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
        if (buckets.size() > PRUNE_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= capacity);
        }
        ConsumptionProbe probe = buckets.computeIfAbsent(key, k -> Bucket.builder().addLimit(bandwidth).build())
                .tryConsumeAndReturnRemaining(1);
        return new Outcome(probe.isConsumed(), capacity, probe.getRemainingTokens(), seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()));
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
     */
    public record Outcome(boolean allowed, long limit, long remaining, long resetSeconds, long retryAfterSeconds) {

        /**
         * The 429 answer of a refused request.
         *
         * @param path the request path
         * @return the answer
         */
        public Response refusal(String path) {
            return withHeaders(Response.fromResponse(Problem.rateLimited(retryAfterSeconds).toResponse(path))
                    .header("Retry-After", retryAfterSeconds).build());
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
