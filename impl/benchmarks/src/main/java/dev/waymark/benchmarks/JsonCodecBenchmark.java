package dev.waymark.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import dev.waymark.impl.http.JsonCodec;

/**
 * Writing the load benchmark's small JSON object: through Waymark's {@link JsonCodec} (JSON-B to an
 * {@code OutputStream}, as every STANDARD route answer is written), and through JSON-B to a
 * {@code String} as Jersey's JSON-B provider does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JsonCodecBenchmark {

    private final Jsonb jsonb = JsonbBuilder.create();
    private final LoadServer.Item item = new LoadServer.Item("42", "item");

    @Benchmark
    public byte[] jsonCodecToBytes() {
        return JsonCodec.toBytes(item);
    }

    @Benchmark
    public byte[] jsonbToStringThenBytes() {
        return jsonb.toJson(item).getBytes(StandardCharsets.UTF_8);
    }
}
