package dev.waymark.cluster;

/** {@link ClusterRateLimitSuite} on three nodes on Hazelcast. */
class HazelcastRateLimitsTest extends ClusterRateLimitSuite {

    @Override
    Engine engine() throws Exception {
        return new HazelcastEngine(3);
    }
}
