package dev.waymark.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.benchmarks.UploadClient.Behaviour;
import dev.waymark.benchmarks.UploadClient.Framing;
import dev.waymark.server.Waymark;

/**
 * The heap the embedded runtime spends on refusing an upload over the body limit (target:
 * "a 200 MB upload against a 1 MB limit is refused with under 8 MB of extra heap").
 *
 * <p>It starts the embedded runtime in this JVM with three routes:
 *
 * <ul>
 * <li>{@code POST /upload}: the default limit (1 MB), reads {@code request.body()};</li>
 * <li>{@code POST /upload-raw}: the default limit, body parsing off, reads
 *     {@code request.bodyStream()} to the end;</li>
 * <li>{@code POST /stream}, the control: no limit, body parsing off, reads the stream to the end
 *     and keeps nothing, so the upload is accepted and the heap should stay flat.</li>
 * </ul>
 *
 * <p>Each limited route gets the upload with a declared {@code Content-Length} and chunked, from
 * a client that stops at the answer and from one that sends the whole body anyway
 * ({@link UploadClient}); the control gets both framings. After two warm-up rounds of every case
 * it makes {@code REPETITIONS} measured uploads per case, each between full collections
 * ({@link HeapGauge}), prints every upload, then one table.
 *
 * <pre>
 * java -Xmx256m -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.UploadMemory [MB] [REPETITIONS]
 * </pre>
 */
public final class UploadMemory {

    private static final long MB = 1024 * 1024;
    private static final int WARM_UP_ROUNDS = 2;
    /** How long the server gets to finish with an upload once the client is done. */
    private static final long SETTLE_MILLIS = 200;
    private static final AtomicInteger HANDLER_CALLS = new AtomicInteger();

    private UploadMemory() {
    }

    /** One kind of upload. */
    private record Case(String path, Framing framing, Behaviour behaviour) {
    }

    /** One measured upload. */
    private record Measured(UploadClient.Outcome outcome, int handlerCalls, HeapGauge.Heap heap) {
    }

    /**
     * Runs the benchmark.
     *
     * @param args optionally the upload size in MB (default 200) and the measured uploads per
     *        case (default 5)
     * @throws Exception if the server cannot start or an upload cannot connect
     */
    public static void main(String[] args) throws Exception {
        long size = (args.length > 0 ? Long.parseLong(args[0]) : 200) * MB;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        HeapGauge gauge = new HeapGauge();
        try (Waymark server = Waymark.builder().host("127.0.0.1").port(0).beanClasses(List.of(UploadMemory.class)).api(routes()).start()) {
            System.out.printf("uploads of %d bytes, max heap %d MB, %d measured uploads per case%n",
                    size, Runtime.getRuntime().maxMemory() / MB, repetitions);
            List<Case> cases = cases();
            for (int round = 0; round < WARM_UP_ROUNDS; round++) {
                for (Case c : cases) {
                    UploadClient.post(server.uri(), c.path(), c.framing(), c.behaviour(), size);
                }
            }
            System.out.printf("heap in use after warm-up and full collections: %.2f MB%n", mb(gauge.begin().used()));
            List<String> rows = new ArrayList<>();
            Set<String> answers = new LinkedHashSet<>();
            for (Case c : cases) {
                List<Measured> runs = measure(server.uri(), c, size, repetitions, gauge);
                rows.add(row(c, runs));
                runs.forEach(run -> answers.add(run.outcome().status() + " " + run.outcome().body()));
            }
            printTable(rows, answers);
        }
    }

    private static void printTable(List<String> rows, Set<String> answers) {
        System.out.println();
        System.out.println("| route | framing | client | status | handler ran | before the answer (MB) | written (MB) | ms "
                + "| retained (MB, max) | peak (MB, max) | after GC (MB, max) | allocated (MB) |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        answers.forEach(System.out::println);
    }

    private static RouteTable routes() {
        return RouteTable.create("uploads")
                .add("POST /upload", (request, response) -> {
                    HANDLER_CALLS.incrementAndGet();
                    return "read " + request.body().length;
                })
                .add("POST /upload-raw", RouteOptions.defaults().parseBody(false),
                        (request, response) -> "read " + drain(request.bodyStream()))
                .add("POST /stream", RouteOptions.defaults().bodyLimit("unlimited").parseBody(false),
                        (request, response) -> "read " + drain(request.bodyStream()));
    }

    private static List<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (String path : List.of("/upload", "/upload-raw")) {
            for (Framing framing : Framing.values()) {
                for (Behaviour behaviour : Behaviour.values()) {
                    cases.add(new Case(path, framing, behaviour));
                }
            }
        }
        for (Framing framing : Framing.values()) {
            cases.add(new Case("/stream", framing, Behaviour.SENDS_ALL));
        }
        return cases;
    }

    /** Reads a body stream to its end, keeping nothing. */
    private static long drain(InputStream body) throws IOException {
        HANDLER_CALLS.incrementAndGet();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n = body.read(buffer); n >= 0; n = body.read(buffer)) {
            total += n;
        }
        return total;
    }

    private static List<Measured> measure(URI server, Case c, long size, int repetitions, HeapGauge gauge) throws Exception {
        List<Measured> runs = new ArrayList<>();
        for (int i = 0; i < repetitions; i++) {
            HeapGauge.Baseline baseline = gauge.begin();
            int calls = HANDLER_CALLS.get();
            UploadClient.Outcome outcome = UploadClient.post(server, c.path(), c.framing(), c.behaviour(), size);
            Thread.sleep(SETTLE_MILLIS);
            Measured run = new Measured(outcome, HANDLER_CALLS.get() - calls, gauge.end(baseline));
            runs.add(run);
            System.out.printf("%s %s %s: %d, handler calls %d, %d ms; MB: before the answer %.2f, written %.2f, "
                    + "retained %.2f, peak %.2f, after GC %s, allocated %.1f%n",
                    c.path(), c.framing(), c.behaviour(), outcome.status(), run.handlerCalls(), outcome.millis(),
                    mb(outcome.beforeAnswer()), mb(outcome.written()), mb(run.heap().retained()), mb(run.heap().peak()),
                    afterGc(run.heap().afterGc()), mb(run.heap().allocated()));
        }
        return runs;
    }

    /** The table row of a case: medians of the client's figures, maxima of the heap's. */
    private static String row(Case c, List<Measured> runs) {
        long afterGc = runs.stream().mapToLong(run -> run.heap().afterGc()).max().orElse(HeapGauge.NO_COLLECTION);
        return String.format("| `%s` | %s | %s | %s | %s | %.2f | %.2f | %d | %.2f | %.2f | %s | %.1f |",
                c.path(), c.framing() == Framing.CHUNKED ? "chunked" : "Content-Length",
                c.behaviour() == Behaviour.STOPS ? "stops" : "sends all",
                distinct(runs, run -> run.outcome().status()), distinct(runs, run -> run.handlerCalls() > 0 ? "yes" : "no"),
                mb(median(runs, run -> run.outcome().beforeAnswer())), mb(median(runs, run -> run.outcome().written())),
                median(runs, run -> run.outcome().millis()),
                mb(max(runs, run -> run.heap().retained())), mb(max(runs, run -> run.heap().peak())), afterGc(afterGc),
                mb(median(runs, run -> run.heap().allocated())));
    }

    private static String distinct(List<Measured> runs, Function<Measured, Object> figure) {
        return String.join(", ", runs.stream().map(figure).map(String::valueOf).distinct().toList());
    }

    private static long median(List<Measured> runs, ToLongFunction<Measured> figure) {
        long[] values = runs.stream().mapToLong(figure).sorted().toArray();
        return values[values.length / 2];
    }

    private static long max(List<Measured> runs, ToLongFunction<Measured> figure) {
        return runs.stream().mapToLong(figure).max().orElse(0);
    }

    private static String afterGc(long bytes) {
        return bytes == HeapGauge.NO_COLLECTION ? "no GC" : String.format("%.2f", mb(bytes));
    }

    private static double mb(long bytes) {
        return bytes / (double) MB;
    }
}
