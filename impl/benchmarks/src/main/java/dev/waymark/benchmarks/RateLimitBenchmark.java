package dev.waymark.benchmarks;

import java.util.concurrent.TimeUnit;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;

import dev.waymark.RateLimitPolicy;
import dev.waymark.cluster.hazelcast.HazelcastCluster;
import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.SharedBuckets;

/**
 * The cost of one rate-limit check: buckets in the node's memory, against buckets a cluster shares
 * in a Hazelcast map, with two members on 127.0.0.1 in this JVM, the bucket's entry owned by either
 * member. The limit is large enough never to refuse.
 *
 * <pre>
 * java -jar impl/benchmarks/target/benchmarks.jar RateLimitBenchmark -f1 -wi 3 -i 5 -w 2s -r 2s
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class RateLimitBenchmark {

    /** Where the buckets are: {@code local} memory, or a {@code hazelcast} map of two members. */
    @Param({"local", "hazelcast"})
    public String store;

    private HazelcastInstance first;
    private HazelcastInstance second;
    private RateLimiter limiter;
    private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    private int client;

    @Setup
    public void start() {
        RateLimiter local = RateLimiter.of(RateLimitPolicy.of(1_000_000_000, "1s"), "the benchmark's route", false);
        if (store.equals("local")) {
            limiter = local;
            return;
        }
        first = member();
        second = member();
        limiter = local.sharedIn(new SharedBuckets(HazelcastCluster.of(first).map("benchmark-buckets"), true), "benchmark");
    }

    private static HazelcastInstance member() {
        Config config = new Config().setClusterName("waymark-benchmark");
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", "none");
        config.getNetworkConfig().setPort(15801).setPortAutoIncrement(true);
        config.getNetworkConfig().getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        config.getNetworkConfig().getJoin().getMulticastConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getAutoDetectionConfig().setEnabled(false);
        config.getNetworkConfig().getJoin().getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:15801").addMember("127.0.0.1:15802");
        return Hazelcast.newHazelcastInstance(config);
    }

    @TearDown
    public void stop() {
        if (first != null) {
            second.shutdown();
            first.shutdown();
        }
    }

    /** One check of one of 64 clients, whose buckets are spread over the map's partitions. */
    @Benchmark
    public boolean acquire() {
        client = (client + 1) & 63;
        return limiter.acquire(headers, null, "10.0.0." + client).allowed();
    }
}
