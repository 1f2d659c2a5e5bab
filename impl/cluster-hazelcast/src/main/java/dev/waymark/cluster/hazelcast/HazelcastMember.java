package dev.waymark.cluster.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.waymark.impl.config.ConfigKeys;

/**
 * The Hazelcast member of an embedded runtime's node, from its configuration: the cluster's name,
 * the port and address it listens on, and the members it joins by TCP ({@code waymark.cluster.*}).
 * Multicast and auto-detection are off, so a node joins only the members it is given, and Hazelcast
 * sends nothing outside the cluster.
 */
final class HazelcastMember {

    private HazelcastMember() {
    }

    /**
     * Starts the member; it has joined the members it could reach when this returns.
     *
     * @return the member
     */
    static HazelcastInstance start() {
        Config config = new Config().setClusterName(ConfigKeys.CLUSTER_NAME.get());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        NetworkConfig network = config.getNetworkConfig().setPort(ConfigKeys.CLUSTER_PORT.get()).setPortAutoIncrement(false);
        String address = ConfigKeys.CLUSTER_INTERFACE.get();
        network.getInterfaces().setEnabled(true).addInterface(address);
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true);
        ConfigKeys.CLUSTER_MEMBERS.value().ifPresent(members -> {
            for (String member : members.split(",")) {
                if (!member.isBlank()) {
                    join.getTcpIpConfig().addMember(member.strip());
                }
            }
        });
        return Hazelcast.newHazelcastInstance(config);
    }
}
