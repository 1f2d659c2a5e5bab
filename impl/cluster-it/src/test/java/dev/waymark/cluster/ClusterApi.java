package dev.waymark.cluster;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PathParam;

import dev.waymark.Api;
import dev.waymark.RateLimit;
import dev.waymark.Route;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.spi.Cluster;
import dev.waymark.websocket.Connections;

/** The API every node of the test cluster serves. */
@ApplicationScoped
@Api(name = "cluster", basePath = "/c")
@GraphQLRoute("/graphql")
public class ClusterApi {

    @Inject
    Cluster cluster;

    @Inject
    Connections connections;

    @Route("GET /members")
    public Map<String, Object> members() {
        return Map.of("local", cluster.localMember(), "count", cluster.members().size());
    }

    @Route("GET /disconnects/{id}")
    public long disconnects(@PathParam("id") String id) {
        return cluster.map(ClusterSocketApi.DISCONNECTS).entries().keySet().stream().filter(key -> key.startsWith(id + "/")).count();
    }

    @Route("GET /connection-records")
    public int connectionRecords() {
        return cluster.map("waymark.connections").entries().size();
    }

    @Route("POST /broadcast")
    public int broadcast(String text) {
        return connections.broadcast(text, connection -> true);
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
