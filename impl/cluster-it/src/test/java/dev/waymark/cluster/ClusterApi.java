package dev.waymark.cluster;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.waymark.Api;
import dev.waymark.RateLimit;
import dev.waymark.Route;
import dev.waymark.spi.Cluster;

/** The API every node of the test cluster serves. */
@ApplicationScoped
@Api(name = "cluster", basePath = "/c")
public class ClusterApi {

    @Inject
    Cluster cluster;

    @Route("GET /members")
    public Map<String, Object> members() {
        return Map.of("local", cluster.localMember(), "count", cluster.members().size());
    }

    @Route("GET /limited")
    @RateLimit(rate = 10, per = "1m")
    public String limited() {
        return cluster.localMember();
    }

    @Route("GET /limited-by-client")
    @RateLimit(rate = 10, per = "1m", key = RateLimit.Key.HEADER, header = "X-Client")
    public String limitedByClient() {
        return cluster.localMember();
    }
}
