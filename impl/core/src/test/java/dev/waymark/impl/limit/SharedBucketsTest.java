package dev.waymark.impl.limit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.core.MultivaluedHashMap;

import org.junit.jupiter.api.Test;

import dev.waymark.RateLimitPolicy;
import dev.waymark.spi.SharedMap;

class SharedBucketsTest {

    /** A shared map in memory, with the compare-and-swap of bytes a cluster's map has. */
    static class MemoryMap implements SharedMap {
        final Map<String, byte[]> entries = new ConcurrentHashMap<>();
        final Map<String, Duration> lives = new ConcurrentHashMap<>();

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(entries.get(key));
        }

        @Override
        public void put(String key, byte[] value, Duration timeToLive) {
            entries.put(key, value);
            lives.put(key, timeToLive);
        }

        @Override
        public boolean putIfAbsent(String key, byte[] value, Duration timeToLive) {
            boolean written = entries.putIfAbsent(key, value) == null;
            if (written) {
                lives.put(key, timeToLive);
            }
            return written;
        }

        @Override
        public synchronized boolean replace(String key, byte[] expected, byte[] value, Duration timeToLive) {
            byte[] current = entries.get(key);
            if (current == null || !Arrays.equals(current, expected)) {
                return false;
            }
            entries.put(key, value);
            lives.put(key, timeToLive);
            return true;
        }

        @Override
        public boolean remove(String key) {
            return entries.remove(key) != null;
        }

        @Override
        public Map<String, byte[]> entries() {
            return new HashMap<>(entries);
        }
    }

    /** A shared map that cannot be reached. */
    static final class UnreachableMap extends MemoryMap {
        @Override
        public Optional<byte[]> get(String key) {
            throw new IllegalStateException("connection refused");
        }
    }

    private static RateLimiter limiter(SharedBuckets buckets) {
        return RateLimiter.of(RateLimitPolicy.of(10, "1m"), "a route", false).sharedIn(buckets, "api GET /notes");
    }

    private static RateLimiter.Outcome take(RateLimiter limiter) {
        return limiter.acquire(new MultivaluedHashMap<>(), null, "10.0.0.1");
    }

    @Test
    void nodesSharingTheMapShareTheLimit() {
        MemoryMap map = new MemoryMap();
        List<RateLimiter> nodes = List.of(limiter(new SharedBuckets(map, true)), limiter(new SharedBuckets(map, true)),
                limiter(new SharedBuckets(map, true)));
        int allowed = 0;
        for (int i = 0; i < 30; i++) {
            if (take(nodes.get(i % 3)).allowed()) {
                allowed++;
            }
        }
        assertEquals(10, allowed);
        RateLimiter.Outcome refused = take(nodes.get(0));
        assertFalse(refused.allowed());
        assertEquals(0, refused.remaining());
        assertTrue(refused.retryAfterSeconds() >= 1);
        assertEquals(1, map.entries().size(), "one bucket per limiter and client");
        Duration life = map.lives.values().iterator().next();
        assertTrue(life.compareTo(Duration.ZERO) > 0 && life.compareTo(Duration.ofMinutes(2)) <= 0,
                "the bucket expires once it would be full again: " + life);
    }

    @Test
    void concurrentRequestsOnSeveralNodesPassExactlyTheLimit() throws Exception {
        MemoryMap map = new MemoryMap();
        List<RateLimiter> nodes = List.of(limiter(new SharedBuckets(map, true)), limiter(new SharedBuckets(map, true)));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                RateLimiter node = nodes.get(i % 2);
                tries.add(pool.submit(() -> take(node).allowed()));
            }
            int allowed = 0;
            for (Future<Boolean> attempt : tries) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertEquals(10, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anUnreachableMapLetsRequestsThroughOrRefusesThemWith503AsConfigured() {
        RateLimiter.Outcome open = take(limiter(new SharedBuckets(new UnreachableMap(), true)));
        assertTrue(open.allowed());
        RateLimiter.Outcome closed = take(limiter(new SharedBuckets(new UnreachableMap(), false)));
        assertFalse(closed.allowed());
        assertTrue(closed.storeUnavailable());
        assertEquals(503, closed.refusal("/notes").getStatus());
    }
}
