package dev.waymark.cluster.redis;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.inject.Singleton;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.spi.Cluster;

/**
 * Makes the application a node of a cluster on a Redis server when its configuration says so
 * ({@code waymark.cluster.engine=redis}, {@code waymark.cluster.redis-url}). The {@link Cluster}
 * bean it adds, which leaves the cluster when the application stops, is what the implementation's
 * rate limits, WebSocket connections and subscription events use.
 */
public final class RedisClusterExtension implements Extension {

    void addCluster(@Observes AfterBeanDiscovery event) {
        if (!ConfigKeys.CLUSTER_ENGINE.get().equals("redis")) {
            return;
        }
        String url = ConfigKeys.CLUSTER_REDIS_URL.get();
        if (url == null) {
            event.addDefinitionError(new ApiDeploymentException(ConfigKeys.CLUSTER_ENGINE.name() + "=redis needs "
                    + ConfigKeys.CLUSTER_REDIS_URL.name() + ", the Redis server the nodes share, such as redis://10.0.0.5:6379"));
            return;
        }
        String name = ConfigKeys.CLUSTER_NAME.get();
        Duration heartbeat = Duration.ofMillis(ConfigKeys.CLUSTER_HEARTBEAT.get());
        event.addBean().beanClass(RedisCluster.class).types(Cluster.class, Object.class).scope(Singleton.class)
                .createWith(context -> RedisCluster.join(url, name, heartbeat))
                .destroyWith((cluster, context) -> ((RedisCluster) cluster).close());
    }
}
