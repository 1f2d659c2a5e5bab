package dev.waymark.cluster;

/** {@link ClusterConnectionsSuite} on three nodes on Redis. */
class RedisConnectionsTest extends ClusterConnectionsSuite {

    @Override
    Engine engine() throws Exception {
        return new RedisEngine();
    }
}
