package dev.waymark.cluster.redis;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

import io.lettuce.core.Range;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;

import dev.waymark.impl.cluster.TopicRequests;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.SharedMap;

/**
 * A {@link Cluster} on a Redis server the nodes share, through Lettuce. Redis has no membership of
 * its own, so each node says it is alive every heartbeat: a member is an entry of a sorted set
 * whose score is when it expires, by the server's clock, three heartbeats on; each node drops the
 * expired ones and compares what is left with what it saw before. Topics are Redis channels,
 * received in order on one thread; shared maps are keys with Redis's expiry, swapped by a script.
 * Keys and channels are named under {@code waymark:<cluster name>:}.
 */
public final class RedisCluster implements Cluster, AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.waymark.cluster");

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final RedisCommands<String, byte[]> redis;
    private final StatefulRedisPubSubConnection<String, byte[]> pubSub;
    private final String prefix;
    private final String local = UUID.randomUUID().toString();
    private final Duration heartbeat;
    private final Map<String, List<Consumer<byte[]>>> listeners = new ConcurrentHashMap<>();
    private final List<Consumer<MembershipChange>> membershipListeners = new CopyOnWriteArrayList<>();
    private final ExecutorService deliveries = Executors.newSingleThreadExecutor(task -> daemon(task, "waymark-redis-messages"));
    private final ScheduledExecutorService beats = Executors.newSingleThreadScheduledExecutor(task -> daemon(task, "waymark-redis-heartbeat"));
    private final TopicRequests requests;
    private volatile Set<String> members = Set.of();

    private RedisCluster(String url, String name, Duration heartbeat) {
        this.client = RedisClient.create(url);
        RedisCodec<String, byte[]> codec = RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE);
        this.connection = client.connect(codec);
        this.redis = connection.sync();
        this.pubSub = client.connectPubSub(codec);
        this.prefix = "waymark:" + name + ":";
        this.heartbeat = heartbeat;
        pubSub.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, byte[] message) {
                deliveries.execute(() -> deliver(channel, message));
            }
        });
        beat();
        this.requests = new TopicRequests(local, this::publish, this::subscribe, this::members);
        beats.scheduleWithFixedDelay(this::beatQuietly, heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Joins the cluster of a name on a Redis server.
     *
     * @param url the server, such as {@code redis://127.0.0.1:6379}
     * @param name the cluster's name
     * @param heartbeat how often this node says it is alive
     * @return the cluster, this node a member
     */
    public static RedisCluster join(String url, String name, Duration heartbeat) {
        return new RedisCluster(url, name, heartbeat);
    }

    private static Thread daemon(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        return thread;
    }

    private void beatQuietly() {
        try {
            beat();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The Redis server of the cluster cannot be reached; this node's membership is not renewed", e);
        }
    }

    /** Renews this node's membership, drops the expired members, and tells the listeners what changed. */
    private void beat() {
        String key = prefix + "members";
        List<byte[]> time = redis.time();
        long now = Long.parseLong(new String(time.get(0))) * 1000 + Long.parseLong(new String(time.get(1))) / 1000;
        redis.zadd(key, now + 3 * heartbeat.toMillis(), local.getBytes());
        redis.zremrangebyscore(key, Range.create(Double.NEGATIVE_INFINITY, (double) now));
        Set<String> current = new HashSet<>();
        for (byte[] member : redis.zrange(key, 0, -1)) {
            current.add(new String(member));
        }
        Set<String> before = members;
        members = Set.copyOf(current);
        Set<String> joined = new HashSet<>(current);
        joined.removeAll(before);
        Set<String> left = new HashSet<>(before);
        left.removeAll(current);
        left.forEach(gone -> {
            if (requests != null) {
                requests.memberLeft(gone);
            }
        });
        if (!before.isEmpty() && (!joined.isEmpty() || !left.isEmpty())) {
            MembershipChange change = new MembershipChange(joined, left);
            membershipListeners.forEach(listener -> listener.accept(change));
        }
    }

    @Override
    public String localMember() {
        return local;
    }

    @Override
    public Set<String> members() {
        return members;
    }

    @Override
    public Subscription onMembershipChange(Consumer<MembershipChange> listener) {
        membershipListeners.add(listener);
        return () -> membershipListeners.remove(listener);
    }

    @Override
    public Subscription serve(String channel, Function<byte[], CompletionStage<byte[]>> responder) {
        return requests.serve(channel, responder);
    }

    @Override
    public CompletionStage<byte[]> request(String member, String channel, byte[] payload, Duration timeout) {
        return requests.request(member, channel, payload, timeout);
    }

    @Override
    public void publish(String topic, byte[] message) {
        redis.publish(prefix + topic, message);
    }

    @Override
    public synchronized Subscription subscribe(String topic, Consumer<byte[]> listener) {
        String channel = prefix + topic;
        List<Consumer<byte[]>> subscribed = listeners.computeIfAbsent(channel, name -> new CopyOnWriteArrayList<>());
        if (subscribed.isEmpty()) {
            pubSub.sync().subscribe(channel);
        }
        subscribed.add(listener);
        return () -> unsubscribe(channel, listener);
    }

    private synchronized void unsubscribe(String channel, Consumer<byte[]> listener) {
        List<Consumer<byte[]>> subscribed = listeners.get(channel);
        if (subscribed != null && subscribed.remove(listener) && subscribed.isEmpty()) {
            pubSub.sync().unsubscribe(channel);
        }
    }

    private void deliver(String channel, byte[] message) {
        for (Consumer<byte[]> listener : listeners.getOrDefault(channel, List.of())) {
            try {
                listener.accept(message);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A listener of cluster topic " + channel + " failed", e);
            }
        }
    }

    @Override
    public SharedMap map(String name) {
        return new RedisSharedMap(redis, prefix + "map:" + name + ":");
    }

    /** Leaves the cluster at once, so the others need not wait for this node's membership to expire, and closes the connections. */
    @Override
    public void close() {
        beats.shutdownNow();
        requests.close();
        try {
            redis.zrem(prefix + "members", local.getBytes());
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, () -> "Leaving the Redis cluster failed: " + e);
        }
        pubSub.close();
        connection.close();
        client.shutdown();
        deliveries.shutdown();
    }
}
