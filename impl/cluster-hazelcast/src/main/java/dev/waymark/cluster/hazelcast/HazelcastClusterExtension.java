package dev.waymark.cluster.hazelcast;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.spi.Cluster;

/**
 * Makes the application a node of a Hazelcast cluster when its configuration says so
 * ({@code waymark.cluster.engine=hazelcast}): it starts a member of its own, shut down with the
 * application. The {@link Cluster} bean it adds is what the implementation's rate limits,
 * WebSocket connections and subscription events use.
 */
public final class HazelcastClusterExtension implements Extension {

    void addCluster(@Observes AfterBeanDiscovery event) {
        String engine = ConfigKeys.CLUSTER_ENGINE.get();
        if (engine.equals("hazelcast")) {
            if (!hazelcastPresent()) {
                event.addDefinitionError(new ApiDeploymentException(ConfigKeys.CLUSTER_ENGINE.name() + "=hazelcast, but Hazelcast is not "
                        + "on the class path; add com.hazelcast:hazelcast (5.3 or later)"));
                return;
            }
            event.addBean().beanClass(HazelcastCluster.class).types(Cluster.class, Object.class).scope(Singleton.class)
                    .createWith(context -> HazelcastCluster.of(HazelcastMember.start()))
                    .destroyWith((cluster, context) -> {
                        HazelcastCluster own = (HazelcastCluster) cluster;
                        own.detach();
                        own.hazelcast().shutdown();
                    });
        }
    }

    private static boolean hazelcastPresent() {
        try {
            Class.forName("com.hazelcast.core.HazelcastInstance", false, HazelcastClusterExtension.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
