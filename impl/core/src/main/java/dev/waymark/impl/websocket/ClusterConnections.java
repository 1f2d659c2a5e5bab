package dev.waymark.impl.websocket;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;

import jakarta.ws.rs.ServiceUnavailableException;

import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.spi.SharedMap;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.GoneException;

/**
 * The connections of every node of a cluster [WS-8-1, WS-8-2, WS-8-3]. A connection this node
 * holds is served by its own {@link Connections}; any other is looked up in the cluster's records
 * and asked of the node that holds it, as JSON on the cluster's request channel {@value #CHANNEL}.
 * That node answers what it knows: a connection it no longer holds is gone. A node that has left
 * the cluster holds nothing; a node that is a member but does not answer in time makes the call
 * fail with {@code 503}. A broadcast filters the records (each with the time its connection opened
 * as {@code lastActiveAt}) and sends each other node one batch of the ids it holds.
 *
 * <p>When nodes leave, every survivor looks for the records they owned; the one that removes a
 * record runs its API's {@code $disconnect}, so each runs at most once, and at least once as long
 * as a survivor sees the change.
 */
final class ClusterConnections implements Connections {

    /** The cluster's request channel of connection calls. */
    static final String CHANNEL = "waymark.connections";

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    private final Connections local;
    private final ConnectionRegistry registry;
    private final Cluster cluster;
    private final SharedMap records;
    private final Duration timeout;
    private final ExecutorService work;
    private final WebSocketRuntime runtime;
    private final List<Cluster.Subscription> subscriptions = new ArrayList<>();

    /**
     * @param local the connections this node holds
     * @param registry where this node keeps them
     * @param cluster the cluster
     * @param records the cluster's connection records
     * @param timeout how long another node has to answer
     * @param work runs the answers to other nodes and the release of orphans
     * @param runtime runs the {@code $disconnect} of an orphan
     */
    ClusterConnections(Connections local, ConnectionRegistry registry, Cluster cluster, SharedMap records, Duration timeout,
            ExecutorService work, WebSocketRuntime runtime) {
        this.local = local;
        this.registry = registry;
        this.cluster = cluster;
        this.records = records;
        this.timeout = timeout;
        this.work = work;
        this.runtime = runtime;
    }

    /** Answers the other nodes, watches for nodes that leave, and releases the orphans of nodes gone before this one started. */
    void start() {
        subscriptions.add(cluster.serve(CHANNEL, request -> CompletableFuture.supplyAsync(() -> answer(request), work)));
        subscriptions.add(cluster.onMembershipChange(change -> {
            if (!change.left().isEmpty()) {
                work.execute(() -> releaseOrphans(cluster.members()));
            }
        }));
        work.execute(() -> releaseOrphans(cluster.members()));
    }

    /** Stops answering and watching. */
    void stop() {
        subscriptions.forEach(Cluster.Subscription::close);
    }

    @Override
    public void send(String connectionId, Object message) {
        if (registry.find(connectionId).isPresent()) {
            local.send(connectionId, message);
            return;
        }
        Map<String, Object> request = frame(message);
        request.put("op", "send");
        request.put("id", connectionId);
        if (!Boolean.TRUE.equals(ask(connectionId, request).get("sent"))) {
            throw new GoneException(connectionId);
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ConnectionInfo> info(String connectionId) {
        if (registry.find(connectionId).isPresent()) {
            return local.info(connectionId);
        }
        try {
            Object info = ask(connectionId, Map.of("op", "info", "id", connectionId)).get("info");
            return info instanceof Map<?, ?> fields ? Optional.of(ConnectionRecord.info((Map<String, Object>) fields)) : Optional.empty();
        } catch (GoneException e) {
            return Optional.empty();
        }
    }

    @Override
    public boolean close(String connectionId) {
        if (registry.find(connectionId).isPresent()) {
            return local.close(connectionId);
        }
        try {
            return Boolean.TRUE.equals(ask(connectionId, Map.of("op", "close", "id", connectionId)).get("closed"));
        } catch (GoneException e) {
            return false;
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<ConnectionInfo> list() {
        List<ConnectionInfo> all = new ArrayList<>(local.list());
        Map<String, CompletableFuture<Map<String, Object>>> answers = new HashMap<>();
        for (String member : cluster.members()) {
            if (!member.equals(cluster.localMember())) {
                answers.put(member, request(member, Map.of("op", "list")));
            }
        }
        answers.forEach((member, answer) -> {
            Optional<Map<String, Object>> listed = await(member, answer);
            listed.ifPresent(found -> ((List<Map<String, Object>>) found.getOrDefault("list", List.of()))
                    .forEach(fields -> all.add(ConnectionRecord.info(fields))));
        });
        return all;
    }

    @Override
    public int broadcast(Object message, Predicate<ConnectionInfo> filter) {
        Map<String, List<String>> byOwner = new HashMap<>();
        Set<String> members = cluster.members();
        for (Map.Entry<String, byte[]> entry : records.entries().entrySet()) {
            ConnectionRecord record = ConnectionRecord.read(entry.getKey(), entry.getValue());
            if (!record.owner().equals(cluster.localMember()) && members.contains(record.owner()) && filter.test(record.info())) {
                byOwner.computeIfAbsent(record.owner(), owner -> new ArrayList<>()).add(entry.getKey());
            }
        }
        Map<String, CompletableFuture<Map<String, Object>>> answers = new HashMap<>();
        byOwner.forEach((owner, ids) -> {
            Map<String, Object> request = frame(message);
            request.put("op", "broadcast");
            request.put("ids", ids);
            answers.put(owner, request(owner, request));
        });
        int sent = local.broadcast(message, filter);
        for (Map.Entry<String, CompletableFuture<Map<String, Object>>> answer : answers.entrySet()) {
            sent += await(answer.getKey(), answer.getValue()).map(counted -> ((Number) counted.getOrDefault("sent", 0)).intValue())
                    .orElse(0);
        }
        return sent;
    }

    /** This node's answer to another's call about a connection, or connections, it holds. */
    @SuppressWarnings("unchecked")
    private byte[] answer(byte[] bytes) {
        Map<String, Object> request = (Map<String, Object>) JsonCodec.read(bytes, Map.class, JsonLimits.DEFAULTS, "cluster request");
        String id = (String) request.get("id");
        Map<String, Object> answer = new LinkedHashMap<>();
        switch (String.valueOf(request.get("op"))) {
            case "send" -> {
                try {
                    local.send(id, message(request));
                    answer.put("sent", true);
                } catch (GoneException e) {
                    answer.put("sent", false);
                }
            }
            case "info" -> local.info(id).ifPresent(info -> answer.put("info", ConnectionRecord.json(info)));
            case "close" -> answer.put("closed", local.close(id));
            case "list" -> answer.put("list", local.list().stream().map(ConnectionRecord::json).toList());
            case "broadcast" -> {
                Set<String> ids = Set.copyOf((List<String>) request.get("ids"));
                answer.put("sent", local.broadcast(message(request), info -> ids.contains(info.connectionId())));
            }
            default -> throw new IllegalArgumentException("Unknown connection call " + request.get("op"));
        }
        return JsonCodec.toBytes(answer);
    }

    /** Asks the node that holds a connection. */
    private Map<String, Object> ask(String connectionId, Map<String, Object> request) {
        Optional<byte[]> found;
        try {
            found = records.get(connectionId);
        } catch (RuntimeException e) {
            throw unavailable(connectionId, e);
        }
        if (found.isEmpty()) {
            throw new GoneException(connectionId);
        }
        String owner = ConnectionRecord.read(connectionId, found.get()).owner();
        if (owner.equals(cluster.localMember()) || !cluster.members().contains(owner)) {
            throw new GoneException(connectionId);
        }
        try {
            return request(owner, request).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Cluster.MemberLeftException) {
                throw new GoneException(connectionId);
            }
            throw unavailable(connectionId, e.getCause());
        }
    }

    @SuppressWarnings("unchecked")
    private CompletableFuture<Map<String, Object>> request(String member, Map<String, Object> request) {
        CompletionStage<byte[]> answer = cluster.request(member, CHANNEL, JsonCodec.toBytes(request), timeout);
        return answer.toCompletableFuture()
                .thenApply(bytes -> (Map<String, Object>) JsonCodec.read(bytes, Map.class, JsonLimits.DEFAULTS, "cluster answer"));
    }

    /** A node's answer to a call that spans the cluster, or empty if it did not answer, which is logged. */
    private static Optional<Map<String, Object>> await(String member, CompletableFuture<Map<String, Object>> answer) {
        try {
            return Optional.of(answer.join());
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof Cluster.MemberLeftException)) {
                LOG.log(Level.WARNING, "Cluster member " + member + " did not answer about its connections: " + e.getCause());
            }
            return Optional.empty();
        }
    }

    private static ServiceUnavailableException unavailable(String connectionId, Throwable cause) {
        String why = cause instanceof TimeoutException ? "the node that holds it did not answer in time"
                : cause instanceof Cluster.MemberLeftException || cause instanceof IllegalStateException ? "the node that holds it could not answer"
                : "the cluster's records cannot be reached";
        LOG.log(Level.WARNING, "A call about connection " + connectionId + " failed: " + why, cause);
        return new ServiceUnavailableException("Connection " + connectionId + " cannot be reached: " + why + "; retry shortly", 1L);
    }

    /** A message as a call carries it: text, or bytes in base64. */
    private static Map<String, Object> frame(Object message) {
        Object frame = Frames.prepare(message);
        Map<String, Object> fields = new LinkedHashMap<>();
        if (frame instanceof byte[] bytes) {
            fields.put("binary", Base64.getEncoder().encodeToString(bytes));
        } else {
            fields.put("text", frame);
        }
        return fields;
    }

    private static Object message(Map<String, Object> request) {
        Object binary = request.get("binary");
        return binary instanceof String encoded ? Base64.getDecoder().decode(encoded) : String.valueOf(request.get("text"));
    }

    /**
     * Removes the records of connections whose node is not a member, running each one's
     * {@code $disconnect} on this node if this node is the one that removed it.
     */
    private void releaseOrphans(Set<String> members) {
        for (Map.Entry<String, byte[]> entry : records.entries().entrySet()) {
            ConnectionRecord record;
            try {
                record = ConnectionRecord.read(entry.getKey(), entry.getValue());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A connection record that does not parse was dropped: " + entry.getKey(), e);
                records.remove(entry.getKey());
                continue;
            }
            if (!members.contains(record.owner()) && records.remove(entry.getKey())) {
                runtime.disconnectOrphan(record.info());
            }
        }
    }
}
