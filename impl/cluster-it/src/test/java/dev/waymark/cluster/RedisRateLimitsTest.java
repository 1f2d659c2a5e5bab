package dev.waymark.cluster;

/** {@link ClusterRateLimitSuite} on three nodes on Redis. */
class RedisRateLimitsTest extends ClusterRateLimitSuite {

    @Override
    Engine engine() throws Exception {
        return new RedisEngine();
    }
}
