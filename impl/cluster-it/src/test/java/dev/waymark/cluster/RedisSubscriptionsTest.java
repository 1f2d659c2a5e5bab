package dev.waymark.cluster;

/** {@link ClusterSubscriptionsSuite} on three nodes on Redis. */
class RedisSubscriptionsTest extends ClusterSubscriptionsSuite {

    @Override
    Engine engine() throws Exception {
        return new RedisEngine();
    }
}
