package dev.waymark.benchmarks;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.json.JsonArray;
import jakarta.json.JsonReader;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.Problem;
import dev.waymark.impl.http.ProblemException;

/**
 * Hostile JSON bodies of about 1 MB each through {@link JsonCodec#fromBytes}, end to end: the scan
 * against the default limits and the refusal, or the scan, the type check and the binding for
 * those within the limits. Each must cost under 50 ms of CPU. The bodies within the limits are
 * also bound straight through JSON-B or JSON-P ({@code …Unchecked}), the part of the cost that is
 * the binding implementation's. Besides the time per call, each
 * benchmark counts the CPU time of its own thread ({@code cpuMillis}) and its calls
 * ({@code calls}), whose ratio is the CPU per call even on a machine whose other work stretches
 * the wall-clock time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class JsonLimitsBenchmark {

    private static final int SIZE = 1 << 20;

    private static final Jsonb JSONB = JsonbBuilder.create();

    /** What the bodies bind to. */
    public record Types(Map<String, Object> map, List<Object> list, List<String> strings) {
    }

    /** A body with one number. */
    public record Line(int qty) {
    }

    private static final Type MAP = Types.class.getRecordComponents()[0].getGenericType();
    private static final Type LIST = Types.class.getRecordComponents()[1].getGenericType();
    private static final Type STRINGS = Types.class.getRecordComponents()[2].getGenericType();

    private byte[] deepNesting;
    private byte[] hugeNumber;
    private byte[] manyLongNumbers;
    private byte[] manyKeys;
    private byte[] escapedStrings;
    private byte[] nestedAtTheLimit;

    @Setup
    public void setUp() {
        deepNesting = bytes("[".repeat(SIZE));
        hugeNumber = bytes("{\"qty\":" + "9".repeat(SIZE) + "}");
        manyLongNumbers = bytes(repeated("[", "9".repeat(999), ","));
        manyKeys = bytes(keys());
        escapedStrings = bytes(repeated("[", "\"\\\"\\\\\\n\\u00e9\\t" + "x".repeat(20) + "\\\"\"", ","));
        nestedAtTheLimit = bytes(repeated("[", "[".repeat(127) + "]".repeat(127), ","));
        expect(true, deepNesting, JsonArray.class);
        expect(true, hugeNumber, Line.class);
        expect(false, manyLongNumbers, LIST);
        expect(false, manyKeys, MAP);
        expect(false, escapedStrings, STRINGS);
        expect(false, nestedAtTheLimit, JsonArray.class);
    }

    @Benchmark
    public Object deepNesting(CpuTime cpu) {
        return cpu.measure(deepNesting, JsonArray.class);
    }

    @Benchmark
    public Object hugeNumber(CpuTime cpu) {
        return cpu.measure(hugeNumber, Line.class);
    }

    @Benchmark
    public Object manyLongNumbers(CpuTime cpu) {
        return cpu.measure(manyLongNumbers, LIST);
    }

    @Benchmark
    public Object manyKeys(CpuTime cpu) {
        return cpu.measure(manyKeys, MAP);
    }

    @Benchmark
    public Object escapedStrings(CpuTime cpu) {
        return cpu.measure(escapedStrings, STRINGS);
    }

    @Benchmark
    public Object nestedAtTheLimit(CpuTime cpu) {
        return cpu.measure(nestedAtTheLimit, JsonArray.class);
    }

    /** The CPU time the benchmark thread spent in its calls, and how many calls it made: summed, their ratio is CPU per call. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {

        private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

        public double cpuMillis;
        public long calls;

        @Setup(Level.Iteration)
        public void reset() {
            cpuMillis = 0;
            calls = 0;
        }

        Object measure(byte[] json, Type type) {
            return measure(() -> read(json, type));
        }

        Object measure(Supplier<Object> call) {
            long start = THREADS.getCurrentThreadCpuTime();
            Object result = call.get();
            cpuMillis += (THREADS.getCurrentThreadCpuTime() - start) / 1e6;
            calls++;
            return result;
        }
    }

    @Benchmark
    public Object manyLongNumbersUnchecked(CpuTime cpu) {
        return cpu.measure(() -> JSONB.fromJson(new ByteArrayInputStream(manyLongNumbers), LIST));
    }

    @Benchmark
    public Object manyKeysUnchecked(CpuTime cpu) {
        return cpu.measure(() -> JSONB.fromJson(new ByteArrayInputStream(manyKeys), MAP));
    }

    @Benchmark
    public Object escapedStringsUnchecked(CpuTime cpu) {
        return cpu.measure(() -> JSONB.fromJson(new ByteArrayInputStream(escapedStrings), STRINGS));
    }

    @Benchmark
    public Object nestedAtTheLimitUnchecked(CpuTime cpu) {
        return cpu.measure(() -> {
            try (JsonReader reader = JsonCodec.JSON_P.createReader(new ByteArrayInputStream(nestedAtTheLimit))) {
                return reader.readValue();
            }
        });
    }

    private static Object read(byte[] json, Type type) {
        try {
            return JsonCodec.fromBytes(json, type, JsonLimits.DEFAULTS);
        } catch (ProblemException e) {
            return e.problem();
        }
    }

    /** Checks that a body is refused, or bound, as the benchmark means it to be. */
    private static void expect(boolean refused, byte[] json, Type type) {
        boolean wasRefused = read(json, type) instanceof Problem;
        if (wasRefused != refused) {
            throw new IllegalStateException("A body of " + json.length + " bytes for " + type + " was " + (wasRefused ? "" : "not ")
                    + "refused");
        }
    }

    /** An array of copies of one element, about {@link #SIZE} bytes long. */
    private static String repeated(String open, String element, String separator) {
        StringBuilder json = new StringBuilder(SIZE + element.length() * 2).append(open);
        while (json.length() < SIZE) {
            json.append(element).append(separator);
        }
        return json.append(element).append(']').toString();
    }

    private static String keys() {
        StringBuilder json = new StringBuilder(SIZE + 64).append('{');
        for (int i = 0; json.length() < SIZE; i++) {
            json.append("\"k").append(i).append("\":").append(i).append(',');
        }
        return json.append("\"last\":0}").toString();
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
