package dev.waymark.benchmarks;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the soak client counts: requests sent by kind, their outcomes, unexpected errors with the
 * first examples, and latency histograms of the valid requests, for the whole run and for the
 * current minute. Safe to update from any thread.
 */
final class SoakStats {

    /** How many examples of unexpected errors are kept, and how many of one category (the first ones). */
    private static final int EXAMPLES = 40;
    private static final int EXAMPLES_PER_CATEGORY = 2;

    /** Counters of one kind of request. */
    static final class Counts {
        final LongAdder sent = new LongAdder();
        final LongAdder expected = new LongAdder();
        final LongAdder unexpected = new LongAdder();
        /** How each request ended, such as {@code 400 invalid-request} or {@code closed} (hostile kinds). */
        final Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
        /** The longest time a request of this kind took, in nanoseconds. */
        final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
        /** The latencies of the valid requests of this kind during the soak. */
        final Histogram latency = new Histogram();
    }

    /**
     * One unexpected error, kept as an example.
     *
     * @param kind the kind of request
     * @param category what went wrong, in a few words
     * @param detail the request and what came back
     * @param atMillis when, since the client started
     */
    record Example(SoakClient.Kind kind, String category, String detail, long atMillis) {
    }

    private final long started = System.nanoTime();
    private final Map<SoakClient.Kind, Counts> counts = new EnumMap<>(SoakClient.Kind.class);
    private final Map<String, LongAdder> unexpectedByCategory = new ConcurrentHashMap<>();
    private final List<Example> examples = new ArrayList<>();
    private final Map<String, Integer> examplesByCategory = new TreeMap<>();
    private final Histogram total = new Histogram();
    private final AtomicReference<Histogram> minute = new AtomicReference<>(new Histogram());
    private volatile boolean soaking;

    SoakStats() {
        for (SoakClient.Kind kind : SoakClient.Kind.values()) {
            counts.put(kind, new Counts());
        }
    }

    Counts counts(SoakClient.Kind kind) {
        return counts.get(kind);
    }

    void sent(SoakClient.Kind kind) {
        counts.get(kind).sent.increment();
    }

    /** From now on, latencies also go to the soak's histograms (the total and each kind's). */
    void soaking() {
        soaking = true;
    }

    /** A valid request answered as expected, {@code nanos} after it was due. */
    void ok(SoakClient.Kind kind, long nanos) {
        Counts c = counts.get(kind);
        c.expected.increment();
        c.maxNanos.accumulate(nanos);
        minute.get().record(nanos);
        if (soaking) {
            total.record(nanos);
            c.latency.record(nanos);
        }
    }

    /** A hostile request that ended as expected (a 4xx problem, or a close). */
    void refused(SoakClient.Kind kind, String outcome, long nanos) {
        Counts c = counts.get(kind);
        c.expected.increment();
        c.maxNanos.accumulate(nanos);
        c.outcomes.computeIfAbsent(outcome, o -> new LongAdder()).increment();
    }

    /** Anything else: a request that failed, or an event such as a pooled connection closed by the server. */
    void unexpected(SoakClient.Kind kind, String category, String detail, long nanos) {
        Counts c = counts.get(kind);
        c.unexpected.increment();
        c.maxNanos.accumulate(nanos);
        c.outcomes.computeIfAbsent("UNEXPECTED " + category, o -> new LongAdder()).increment();
        String key = kind.label + ": " + category;
        unexpectedByCategory.computeIfAbsent(key, k -> new LongAdder()).increment();
        synchronized (examples) {
            int ofCategory = examplesByCategory.getOrDefault(key, 0);
            if (examples.size() < EXAMPLES && ofCategory < EXAMPLES_PER_CATEGORY) {
                examplesByCategory.put(key, ofCategory + 1);
                examples.add(new Example(kind, category, detail, (System.nanoTime() - started) / 1_000_000));
            }
        }
    }

    long unexpectedTotal() {
        return counts.values().stream().mapToLong(c -> c.unexpected.sum()).sum();
    }

    Map<String, Long> unexpectedByCategory() {
        Map<String, Long> sorted = new TreeMap<>();
        unexpectedByCategory.forEach((key, count) -> sorted.put(key, count.sum()));
        return sorted;
    }

    /** The examples kept, grouped by kind and category. */
    List<Example> examples() {
        synchronized (examples) {
            return examples.stream()
                    .sorted(java.util.Comparator.comparing((Example example) -> example.kind()).thenComparing(Example::category))
                    .toList();
        }
    }

    /** The latencies of the valid requests of the soak (not of the capacity phase). */
    Histogram total() {
        return total;
    }

    /** The latencies since the last call, and a fresh histogram for the next minute. */
    Histogram takeMinute() {
        return minute.getAndSet(new Histogram());
    }

    /**
     * Latencies with buckets 2 % wide (about 1,000 buckets from 1 µs to 1,000 s): enough for
     * percentiles to within 2 %, no dependency, no allocation per value.
     */
    static final class Histogram {

        private static final double STEP = Math.log(1.02);
        private static final int BUCKETS = 1100;

        private final AtomicLongArray buckets = new AtomicLongArray(BUCKETS);
        private final LongAdder count = new LongAdder();
        private final LongAccumulator max = new LongAccumulator(Math::max, 0);

        void record(long nanos) {
            long micros = Math.max(1, nanos / 1000);
            int bucket = (int) Math.min(BUCKETS - 1, Math.log(micros) / STEP);
            buckets.incrementAndGet(bucket);
            count.increment();
            max.accumulate(nanos);
        }

        long count() {
            return count.sum();
        }

        /** The latency below which {@code fraction} of the values lie, in milliseconds (0 if empty). */
        double percentileMillis(double fraction) {
            long n = count();
            if (n == 0) {
                return 0;
            }
            long rank = (long) Math.ceil(fraction * n);
            long seen = 0;
            for (int i = 0; i < BUCKETS; i++) {
                seen += buckets.get(i);
                if (seen >= rank) {
                    // the upper edge of the bucket, never above the largest value seen
                    return Math.min(Math.exp((i + 1) * STEP) / 1000, maxMillis());
                }
            }
            return maxMillis();
        }

        double maxMillis() {
            return max.get() / 1e6;
        }
    }
}
