package dev.waymark.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Each node a Hazelcast member on a port of its own, all listing each other. */
final class HazelcastEngine implements Engine {

    private final List<Integer> ports = new ArrayList<>();

    HazelcastEngine(int count) throws Exception {
        for (int i = 0; i < count; i++) {
            ports.add(Nodes.freePort());
        }
    }

    @Override
    public List<String> properties(int node) {
        String members = ports.stream().map(port -> "127.0.0.1:" + port).collect(Collectors.joining(","));
        return List.of("-Dwaymark.cluster.engine=hazelcast", "-Dwaymark.cluster.port=" + ports.get(node),
                "-Dwaymark.cluster.members=" + members);
    }

    @Override
    public void close() {
    }
}
