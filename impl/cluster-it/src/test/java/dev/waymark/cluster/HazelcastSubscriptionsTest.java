package dev.waymark.cluster;

/** {@link ClusterSubscriptionsSuite} on three nodes on Hazelcast. */
class HazelcastSubscriptionsTest extends ClusterSubscriptionsSuite {

    @Override
    Engine engine() throws Exception {
        return new HazelcastEngine(3);
    }
}
