package dev.waymark.cluster;

/** {@link ClusterConnectionsSuite} on three nodes on Hazelcast. */
class HazelcastConnectionsTest extends ClusterConnectionsSuite {

    @Override
    Engine engine() throws Exception {
        return new HazelcastEngine(3);
    }
}
