package dev.waymark.benchmarks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client of the soak test ({@code soak.sh}) against a {@link SoakServer}:
 *
 * <ol>
 * <li>capacity: a closed loop of the valid mix (every request sent as soon as the one before it
 *     on its lane is answered) on {@code SOAK_CONCURRENCY} (32) lanes, first for
 *     {@code SOAK_WARMUP_SECONDS} (20: the JIT), then for {@code SOAK_CAPACITY_SECONDS} (20), which
 *     gives the requests per second the server keeps up with;</li>
 * <li>soak: an open loop (each request sent at its due time, whether or not earlier ones are
 *     answered) at {@code SOAK_LOAD} (0.8) of that capacity for the given minutes, every request a
 *     kind drawn from {@link Kind}'s weights: 62.5 % REST (STANDARD GET and POST, EDGE GET; 1 % of
 *     the mix an EDGE GET written on a new raw socket), 15 % GraphQL, 15 % WebSocket (messages on a
 *     pool of {@code SOAK_WS_POOL} (50) long-lived connections, and 1 % churn: open, one message,
 *     close or drop), 7.5 % hostile: requests on raw sockets ({@link SoakHostile}) and, 0.3 % of
 *     the mix, WebSocket messages ({@link SoakSockets#hostile(long)}).</li>
 * </ol>
 *
 * <p>A valid request must get its 2xx and the right body within 15 s: anything else (another
 * status, a wrong body, a timeout, a reset) is an unexpected error. A hostile request must get a
 * 4xx problem or a close: see {@link SoakHostile}. Latency is measured from the time a request was
 * due (so a stalled server or client counts in full), into a histogram of 2 % buckets. Every
 * minute it prints a line, at the end a report: requests by kind, unexpected errors by kind with the
 * first examples, latencies, achieved against target rate, the server's heap after full
 * collections at the start and at the end of the soak, its RSS (given its process id). It exits
 * with 1 if there was any unexpected error, 2 if the server could not be used at all.
 *
 * <pre>
 * java -cp impl/benchmarks/target/benchmarks.jar dev.waymark.benchmarks.SoakClient http://127.0.0.1:PORT/ [minutes] [serverPid]
 * </pre>
 */
public final class SoakClient {

    /** The kinds of request, with their weight in the soak's mix (per thousand). */
    enum Kind {
        STD_GET("rest-get", 210, false),
        STD_POST("rest-post", 205, false),
        EDGE_GET("rest-edge", 200, false),
        RAW_GET("rest-raw", 10, false),
        GRAPHQL("graphql", 150, false),
        WS_ECHO("ws-echo", 140, false),
        WS_CHURN("ws-churn", 10, false),
        SMUGGLE_CL_TE("smuggle-cl-te", 8, true),
        SMUGGLE_XCHUNKED("smuggle-xchunked", 8, true),
        SMUGGLE_CHUNK_OVERRUN("smuggle-chunk-overrun", 8, true),
        HEADER_CONTROL("header-control", 6, true),
        GARBAGE_LINE("garbage-line", 5, true),
        NON_ASCII_PATH("non-ascii-path", 5, true),
        HUGE_HEADERS("huge-headers", 6, true),
        SLOW_UPLOAD("slow-upload", 5, true),
        SLOW_HEADERS("slow-headers", 4, true),
        DEEP_JSON("deep-json", 6, true),
        HUGE_NUMBER("huge-number", 6, true),
        BAD_ESCAPE("bad-escape", 5, true),
        WS_HOSTILE("ws-hostile-json", 3, true);

        final String label;
        final int weight;
        final boolean hostile;

        Kind(String label, int weight, boolean hostile) {
            this.label = label;
            this.weight = weight;
            this.hostile = hostile;
        }

        String group() {
            return switch (this) {
                case STD_GET, STD_POST, EDGE_GET, RAW_GET -> "rest";
                case GRAPHQL -> "graphql";
                case WS_ECHO, WS_CHURN -> "ws";
                default -> "hostile";
            };
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_IN_FLIGHT = 4096;
    private static final int HOSTILE_THREADS = 128;
    private static final int HTTP_CLIENTS = 4;
    private static final Pattern NUMBER = Pattern.compile("\"(\\w+)\":(-?\\d+)");
    private static final String GRAPHQL_QUERY = "query($id: String) { item(id: $id) { id name } }";

    private final URI base;
    private final long serverPid;
    private final SoakStats stats = new SoakStats();
    private final ExecutorService httpExecutor = Executors.newFixedThreadPool(4, daemon("soak-http"));
    private final List<HttpClient> clients = new ArrayList<>();
    private final HttpClient control;
    private final SoakSockets sockets;
    private final SoakHostile hostile;
    private final ThreadPoolExecutor hostilePool = new ThreadPoolExecutor(HOSTILE_THREADS, HOSTILE_THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(4096), daemon("soak-hostile"));
    private final Semaphore inFlight = new Semaphore(MAX_IN_FLIGHT);
    private final AtomicLong seq = new AtomicLong();
    private final LongAdder skipped = new LongAdder();
    private final AtomicLong maxLagNanos = new AtomicLong();

    private SoakClient(URI base, long serverPid) {
        this.base = base;
        this.serverPid = serverPid;
        for (int i = 0; i < HTTP_CLIENTS; i++) {
            clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
                    .executor(httpExecutor).build());
        }
        control = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        sockets = new SoakSockets(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(httpExecutor).build(),
                URI.create(base.toString().replaceFirst("^http", "ws") + "ws"), stats);
        hostile = new SoakHostile(base);
    }

    /**
     * Runs the soak.
     *
     * @param args the server's URL, then optionally the minutes of the soak (else
     *        {@code SOAK_MINUTES}, else 10) and the server's process id (for its RSS)
     * @throws Exception if a step fails
     */
    public static void main(String[] args) throws Exception {
        // idle connections are closed by the client before the server's idle timeout (30 s) can close them under a request
        System.setProperty("jdk.httpclient.keepalive.timeout", "20");
        if (args.length < 1) {
            System.err.println("usage: SoakClient http://127.0.0.1:PORT/ [minutes] [serverPid]");
            System.exit(2);
        }
        URI base = URI.create(args[0].endsWith("/") ? args[0] : args[0] + "/");
        double minutes = Double.parseDouble(args.length > 1 ? args[1] : env("SOAK_MINUTES", "10"));
        long pid = args.length > 2 ? Long.parseLong(args[2]) : -1;
        SoakClient client = new SoakClient(base, pid);
        int code;
        try {
            code = client.run(minutes);
        } catch (SetupFailure e) {
            System.out.println("SETUP FAILED: " + e.getMessage());
            code = 2;
        }
        System.out.flush();
        System.exit(code);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    /** The server could not be used: nothing was measured. */
    private static final class SetupFailure extends Exception {
        private static final long serialVersionUID = 1L;

        SetupFailure(String message) {
            super(message);
        }
    }

    private int run(double minutes) throws Exception {
        int warmupSeconds = Integer.parseInt(env("SOAK_WARMUP_SECONDS", "20"));
        int capacitySeconds = Integer.parseInt(env("SOAK_CAPACITY_SECONDS", "20"));
        int concurrency = Integer.parseInt(env("SOAK_CONCURRENCY", "32"));
        double load = Double.parseDouble(env("SOAK_LOAD", "0.8"));
        int poolSize = Integer.parseInt(env("SOAK_WS_POOL", "50"));
        int settleSeconds = Integer.parseInt(env("SOAK_SETTLE_SECONDS", "25"));
        System.out.printf("soak of %s: %.1f min at %.0f %% of capacity, %d WebSocket connections pooled, %d cores, %s%n", base, minutes,
                load * 100, poolSize, Runtime.getRuntime().availableProcessors(),
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).substring(0, 19));

        Map<String, Long> cold = serverFigures("soak/heap");
        String coldRss = rss();
        System.out.printf("server before any load: heap after GC %s, %s%n", mb(cold.get("heapAfterGc")), coldRss);
        long opening = System.nanoTime();
        try {
            sockets.open(poolSize);
        } catch (ExecutionException e) {
            throw new SetupFailure("the WebSocket pool did not open: " + cause(e));
        }
        System.out.printf("opened %d pooled WebSocket connections in %.1f s%n", poolSize, (System.nanoTime() - opening) / 1e9);
        checkEveryKind();

        // 1. capacity: closed loop of the valid mix, after a warm-up (the JIT)
        System.out.printf("%n== capacity: closed loop of the valid mix, %d lanes, %d s of warm-up, then %d s%n", concurrency, warmupSeconds,
                capacitySeconds);
        if (warmupSeconds > 0) {
            closedLoop("warm-up", warmupSeconds, concurrency);
        }
        double capacity = closedLoop("capacity", capacitySeconds, concurrency);
        double rate = capacity * load;

        settle(settleSeconds);
        Map<String, Long> start = serverFigures("soak/heap");
        String startRss = rss();
        System.out.printf("server at the start of the soak: heap after GC %s, %s, %d threads, %d WebSocket connections%n",
                mb(start.get("heapAfterGc")), startRss, start.get("threads"), start.get("webSocketConnections"));

        // 2. soak: open loop at a fixed rate
        Soak soak = soak(rate, minutes);

        // 3. the end: everything answered, then the server's figures
        settle(settleSeconds);
        Map<String, Long> end = serverFigures("soak/heap");
        String endRss = rss();
        return report(capacity, rate, soak, cold, start, end, startRss, endRss);
    }

    /**
     * Waits with no load, so that the HTTP connections the client no longer uses are closed (it
     * closes them after 20 s idle) before the server's heap is measured: the heap at the start and
     * at the end of the soak are then taken with the same connections open (the WebSocket pool).
     */
    private void settle(int seconds) throws InterruptedException {
        if (seconds > 0) {
            System.out.printf("(%d s without load: idle connections close)%n", seconds);
            Thread.sleep(seconds * 1000L);
        }
    }

    /** One request of every valid kind must work, or nothing is worth measuring. */
    private void checkEveryKind() throws SetupFailure {
        for (Kind kind : Kind.values()) {
            if (kind.hostile) {
                continue;
            }
            long before = stats.unexpectedTotal();
            valid(kind, seq.incrementAndGet(), System.nanoTime()).join();
            if (stats.unexpectedTotal() > before) {
                throw new SetupFailure("a first " + kind.label + " request failed: " + stats.examples().get(stats.examples().size() - 1));
            }
        }
    }

    /** Runs the valid mix in a closed loop, prints what it did and returns the requests per second. */
    private double closedLoop(String what, int seconds, int concurrency) throws InterruptedException {
        int[] weights = new int[Kind.values().length];
        for (Kind kind : Kind.values()) {
            // the raw-socket kind blocks a thread: it has no place among the lanes
            weights[kind.ordinal()] = kind.hostile || kind == Kind.RAW_GET ? 0 : kind.weight;
        }
        ExecutorService lanes = Executors.newFixedThreadPool(2, daemon("soak-lane"));
        AtomicLong completed = new AtomicLong();
        long clientCpu = clientCpuNanos();
        long serverCpu = serverCpuNanos();
        long started = System.nanoTime();
        long end = started + seconds * 1_000_000_000L;
        CountDownLatch done = new CountDownLatch(concurrency);
        stats.takeMinute();
        for (int lane = 0; lane < concurrency; lane++) {
            SplittableRandom random = new SplittableRandom(lane);
            lanes.execute(new Runnable() {
                @Override
                public void run() {
                    if (System.nanoTime() >= end) {
                        done.countDown();
                        return;
                    }
                    Kind kind = pick(random, weights);
                    valid(kind, seq.incrementAndGet(), System.nanoTime()).whenCompleteAsync((ignored, error) -> {
                        completed.incrementAndGet();
                        run();
                    }, lanes);
                }
            });
        }
        if (!done.await(seconds + 30L, TimeUnit.SECONDS)) {
            System.out.println("   some lanes were still waiting 30 s after the end");
        }
        lanes.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        SoakStats.Histogram latency = stats.takeMinute();
        double capacity = completed.get() / elapsed;
        System.out.printf("   %s: %d requests in %.1f s: %.0f requests/s; latency p50 %.2f ms, p99 %.2f ms, max %.1f ms; unexpected errors so far %d%n",
                what, completed.get(), elapsed, capacity, latency.percentileMillis(0.5), latency.percentileMillis(0.99), latency.maxMillis(),
                stats.unexpectedTotal());
        System.out.printf("   CPU time per request: client %.0f us, server %s (both share the machine's %d cores)%n",
                (clientCpuNanos() - clientCpu) / 1e3 / Math.max(1, completed.get()),
                serverCpu < 0 ? "unknown" : String.format("%.0f us", (serverCpuNanos() - serverCpu) / 1e3 / Math.max(1, completed.get())),
                Runtime.getRuntime().availableProcessors());
        return capacity;
    }

    /**
     * What the open loop did.
     *
     * @param minutes its length
     * @param sent the requests it sent
     * @param seconds from the first request to the last one sent
     */
    private record Soak(double minutes, long sent, double seconds) {
    }

    private Soak soak(double rate, double minutes) throws Exception {
        long durationNanos = (long) (minutes * 60e9);
        System.out.printf("%n== soak: open loop at %.0f requests/s for %.1f min (%,d requests due)%n", rate, minutes,
                (long) (rate * minutes * 60));
        System.out.println("minute      sent   req/s  target    rest graphql      ws hostile  unexpected  p50 ms  p99 ms  max ms  lag ms"
                + "  used MB  threads  ws conns  fds  GCs  smuggled  RSS MB  cpu srv/cli  load");
        int[] weights = new int[Kind.values().length];
        for (Kind kind : Kind.values()) {
            weights[kind.ordinal()] = kind.weight;
        }
        long[] sentBefore = new long[Kind.values().length];
        long[] unexpectedBefore = {stats.unexpectedTotal()};
        Map<String, Long> figuresBefore = serverFigures("soak/stats");
        for (Kind kind : Kind.values()) {
            sentBefore[kind.ordinal()] = stats.counts(kind).sent.sum();
        }
        stats.takeMinute();
        stats.soaking();
        ScheduledExecutorService reporter = Executors.newSingleThreadScheduledExecutor(daemon("soak-report"));
        long started = System.nanoTime();
        long end = started + durationNanos;
        AtomicInteger minute = new AtomicInteger();
        long[] lastReport = {started};
        long[] cpuBefore = {serverCpuNanos(), clientCpuNanos()};
        long[] cpuStamp = {started};
        Map<String, Long> categoriesBefore = new java.util.HashMap<>(stats.unexpectedByCategory());
        Runnable report = () -> {
            // the last line may come after the answers to the last requests: its rate is over the time they were sent in
            long now = Math.min(System.nanoTime(), end);
            double seconds = (now - lastReport[0]) / 1e9;
            lastReport[0] = now;
            long[] sent = new long[Kind.values().length];
            Map<String, Long> byGroup = new java.util.LinkedHashMap<>(Map.of("rest", 0L, "graphql", 0L, "ws", 0L, "hostile", 0L));
            long total = 0;
            for (Kind kind : Kind.values()) {
                sent[kind.ordinal()] = stats.counts(kind).sent.sum();
                long delta = sent[kind.ordinal()] - sentBefore[kind.ordinal()];
                byGroup.merge(kind.group(), delta, Long::sum);
                total += delta;
            }
            System.arraycopy(sent, 0, sentBefore, 0, sent.length);
            long unexpectedNow = stats.unexpectedTotal();
            SoakStats.Histogram latency = stats.takeMinute();
            Map<String, Long> figures;
            try {
                figures = serverFigures("soak/stats");
            } catch (Exception e) {
                figures = Map.of();
            }
            long serverCpu = serverCpuNanos();
            long clientCpu = clientCpuNanos();
            double wall = (System.nanoTime() - cpuStamp[0]) / 1e9;
            cpuStamp[0] = System.nanoTime();
            String cpu = String.format("%3.0f%%/%3.0f%%", serverCpu < 0 ? -1 : (serverCpu - cpuBefore[0]) / 1e7 / wall,
                    (clientCpu - cpuBefore[1]) / 1e7 / wall);
            cpuBefore[0] = serverCpu;
            cpuBefore[1] = clientCpu;
            System.out.printf("%-6s %9d %7.0f %7.0f %7d %7d %7d %7d %11d %7.2f %7.2f %7.1f %7.1f %8s %8s %9s %4s %4s %9s %7s  %11s  %s%n",
                    minute.incrementAndGet() + (seconds < 59 ? "*" : ""), total, total / seconds, rate, byGroup.get("rest"),
                    byGroup.get("graphql"), byGroup.get("ws"), byGroup.get("hostile"), unexpectedNow - unexpectedBefore[0],
                    latency.percentileMillis(0.5), latency.percentileMillis(0.99), latency.maxMillis(), maxLagNanos.getAndSet(0) / 1e6,
                    figures.containsKey("heapUsed") ? String.format("%.0f", figures.get("heapUsed") / 1e6) : "?",
                    figures.getOrDefault("threads", -1L), figures.getOrDefault("webSocketConnections", -1L), serverFds(),
                    figures.containsKey("gcCount") ? figures.get("gcCount") - figuresBefore.getOrDefault("gcCount", 0L) : "?",
                    figures.getOrDefault("smuggled", -1L), rssMb(), cpu, loadAverage());
            unexpectedBefore[0] = unexpectedNow;
            // what the minute's unexpected errors were, most frequent first
            Map<String, Long> categories = stats.unexpectedByCategory();
            categories.entrySet().stream()
                    .map(e -> Map.entry(e.getKey(), e.getValue() - categoriesBefore.getOrDefault(e.getKey(), 0L)))
                    .filter(e -> e.getValue() > 0)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .limit(6)
                    .forEach(e -> System.out.printf("         %7d  %s%n", e.getValue(), e.getKey()));
            categoriesBefore.clear();
            categoriesBefore.putAll(categories);
        };
        reporter.scheduleAtFixedRate(report, 60, 60, TimeUnit.SECONDS);

        SplittableRandom random = new SplittableRandom(42);
        double period = 1e9 / rate;
        long sent = 0;
        long last = started;
        for (long i = 0; ; i++) {
            long due = started + (long) (i * period);
            if (due >= end) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            } else {
                maxLagNanos.accumulateAndGet(-wait, Math::max);
            }
            Kind kind = pick(random, weights);
            long n = seq.incrementAndGet();
            sent++;
            last = System.nanoTime();
            if (kind == Kind.RAW_GET) {
                try {
                    hostilePool.execute(() -> valid(kind, n, due));
                } catch (RejectedExecutionException e) {
                    sent--;
                    skipped.increment();
                }
            } else if (kind.hostile) {
                try {
                    hostilePool.execute(() -> hostile(kind, n));
                } catch (RejectedExecutionException e) {
                    sent--;
                    skipped.increment();
                }
            } else if (inFlight.tryAcquire(1, TimeUnit.SECONDS)) {
                valid(kind, n, due).whenComplete((ignored, error) -> inFlight.release());
            } else {
                sent--;
                skipped.increment();
            }
        }
        // everything sent: wait for the answers (each has its own 15 s limit)
        boolean drained = inFlight.tryAcquire(MAX_IN_FLIGHT, 30, TimeUnit.SECONDS);
        hostilePool.shutdown();
        boolean hostileDrained = hostilePool.awaitTermination(30, TimeUnit.SECONDS);
        if (!drained || !hostileDrained) {
            stats.unexpected(Kind.STD_GET, "requests still unanswered 30 s after the end",
                    (MAX_IN_FLIGHT - inFlight.availablePermits()) + " valid, " + hostilePool.getActiveCount() + " hostile", 0);
        }
        reporter.shutdown();
        reporter.awaitTermination(5, TimeUnit.SECONDS);
        if (end - lastReport[0] > 5_000_000_000L) {
            report.run();
        }
        return new Soak(minutes, sent, (last - started) / 1e9);
    }

    private static Kind pick(SplittableRandom random, int[] weights) {
        int total = 0;
        for (int weight : weights) {
            total += weight;
        }
        int r = random.nextInt(total);
        for (Kind kind : Kind.values()) {
            r -= weights[kind.ordinal()];
            if (r < 0) {
                return kind;
            }
        }
        throw new IllegalStateException();
    }

    /** Sends one valid request; the future completes (never exceptionally) once it is counted. */
    private CompletableFuture<Void> valid(Kind kind, long n, long due) {
        stats.sent(kind);
        String description;
        CompletableFuture<String> failure;
        switch (kind) {
            case STD_GET, EDGE_GET -> {
                URI uri = base.resolve((kind == Kind.STD_GET ? "std" : "edge") + "/items/" + n);
                description = "GET " + uri;
                failure = http(HttpRequest.newBuilder(uri).GET(), 200, "{\"id\":\"" + n + "\",\"name\":\"item\"}", null);
            }
            case STD_POST -> {
                int quantity = (int) (n % 97) + 1;
                String body = "{\"sku\":\"sku-" + n + "\",\"quantity\":" + quantity + "}";
                description = "POST " + base.resolve("std/orders") + " " + body;
                failure = http(HttpRequest.newBuilder(base.resolve("std/orders")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)), 200, null,
                        List.of("\"sku\":\"sku-" + n + "\"", "\"quantity\":" + quantity + ",", "\"total\":" + 3 * quantity));
            }
            case GRAPHQL -> {
                String body = "{\"query\":\"" + GRAPHQL_QUERY.replace("\"", "\\\"") + "\",\"variables\":{\"id\":\"" + n + "\"}}";
                description = "POST " + base.resolve("gql/graphql") + " " + body;
                failure = http(HttpRequest.newBuilder(base.resolve("gql/graphql")).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)), 200,
                        "{\"data\":{\"item\":{\"id\":\"" + n + "\",\"name\":\"item " + n + "\"}}}", null);
            }
            case RAW_GET -> {
                String request = "GET /edge/items/" + n + " HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n";
                description = "a new connection: " + request.replace("\r\n", "\\r\\n");
                failure = CompletableFuture.completedFuture(hostile.valid(request.getBytes(StandardCharsets.ISO_8859_1),
                        "{\"id\":\"" + n + "\",\"name\":\"item\"}"));
            }
            case WS_ECHO, WS_CHURN -> {
                description = (kind == Kind.WS_ECHO ? "pooled" : "new connection, then " + (n % 2 == 0 ? "close" : "drop")) + ": "
                        + SoakSockets.message(n);
                CompletableFuture<String> reply = kind == Kind.WS_ECHO ? sockets.echo(n) : sockets.churn(n);
                failure = reply.thenApply(text -> {
                    String wrong = SoakSockets.checkReply(n, text);
                    return wrong == null ? null : wrong + "|" + text;
                });
            }
            default -> throw new IllegalArgumentException(kind + " is not valid");
        }
        return failure.handle((wrong, error) -> {
            long nanos = System.nanoTime() - due;
            if (error != null) {
                stats.unexpected(kind, category(error), description + "\n      failed after " + nanos / 1_000_000 + " ms: " + cause(error), nanos);
            } else if (wrong != null) {
                int bar = wrong.indexOf('|');
                stats.unexpected(kind, wrong.substring(0, bar), description + "\n      came back after " + nanos / 1_000_000 + " ms: "
                        + wrong.substring(bar + 1), nanos);
            } else {
                stats.ok(kind, nanos);
            }
            return null;
        });
    }

    /**
     * Sends a request; the future completes with null if the answer has the status and the body
     * (equal to {@code body}, or containing every one of {@code parts}), else with
     * {@code "what is wrong|what came back"}.
     */
    private CompletableFuture<String> http(HttpRequest.Builder request, int status, String body, List<String> parts) {
        HttpClient client = clients.get((int) Math.floorMod(seq.get(), (long) clients.size()));
        return client.sendAsync(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            String text = response.body();
            String came = response.statusCode() + " " + response.headers().firstValue("Content-Type").orElse("") + " " + text;
            if (response.statusCode() != status) {
                return "status " + response.statusCode() + "|" + came;
            }
            if (body != null && !body.equals(text) || parts != null && !parts.stream().allMatch(text::contains)) {
                return "a wrong body|" + came;
            }
            return null;
        });
    }

    private void hostile(Kind kind, long n) {
        stats.sent(kind);
        String variant;
        SoakHostile.Result result;
        if (kind == Kind.WS_HOSTILE) {
            variant = SoakSockets.hostileVariant(n);
            result = sockets.hostile(n);
        } else {
            SoakHostile.Plan plan = SoakHostile.plan(kind, n);
            variant = plan.variant();
            result = hostile.send(plan);
        }
        if (result.expected()) {
            stats.refused(kind, result.outcome(), result.nanos());
        } else {
            stats.unexpected(kind, result.outcome() + " [" + variant + "]", result.detail(), result.nanos());
        }
    }

    /** A short name for what went wrong with a valid request. */
    private static String category(Throwable error) {
        Throwable cause = unwrap(error);
        if (cause instanceof java.net.http.HttpConnectTimeoutException) {
            return "no connection in 5 s";
        }
        if (cause instanceof HttpTimeoutException || cause instanceof java.util.concurrent.TimeoutException) {
            return "no answer in 15 s";
        }
        if (cause instanceof ConnectException) {
            return "connection refused";
        }
        String message = String.valueOf(cause.getMessage());
        return cause.getClass().getSimpleName() + ": " + (message.length() > 80 ? message.substring(0, 80) + "…" : message);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable cause = error;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String cause(Throwable error) {
        Throwable cause = unwrap(error);
        return cause.getClass().getName() + ": " + cause.getMessage();
    }

    /** The numbers of one of the server's figure routes ({@code soak/heap}, {@code soak/stats}). */
    private Map<String, Long> serverFigures(String path) throws SetupFailure {
        try {
            // a full collection may take a while on a loaded machine; the other figures should come at once
            Duration timeout = Duration.ofSeconds(path.equals("soak/heap") ? 60 : 10);
            HttpResponse<String> response = control.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new SetupFailure(path + " answered " + response.statusCode() + " " + response.body());
            }
            Map<String, Long> figures = new java.util.LinkedHashMap<>();
            Matcher number = NUMBER.matcher(response.body());
            while (number.find()) {
                figures.put(number.group(1), Long.parseLong(number.group(2)));
            }
            return figures;
        } catch (IOException e) {
            throw new SetupFailure(path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SetupFailure(path + " interrupted");
        }
    }

    private static long clientCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** The server's CPU time, all its threads, from {@code /proc/PID/stat}; -1 if unknown. */
    private long serverCpuNanos() {
        if (serverPid <= 0) {
            return -1;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(serverPid), "stat"), StandardCharsets.US_ASCII);
            // the fields after the command name, which is in parentheses; utime and stime are the 14th and 15th fields,
            // in clock ticks of 1/100 s (USER_HZ, 100 on Linux)
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The server's open file descriptors (sockets included), or {@code ?}. */
    private String serverFds() {
        if (serverPid <= 0) {
            return "?";
        }
        try (java.util.stream.Stream<Path> fds = Files.list(Path.of("/proc", Long.toString(serverPid), "fd"))) {
            return Long.toString(fds.count());
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The machine's load average over the last minute (every process, not only these two). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    /** The server's resident set size in MB, or {@code ?}. */
    private String rssMb() {
        String rss = rss();
        return rss.startsWith("RSS ") && !rss.startsWith("RSS u") ? rss.substring(4, rss.indexOf(" MB")) : "?";
    }

    /** The server's resident set size (and its peak) from {@code /proc}, if its process id was given. */
    private String rss() {
        if (serverPid <= 0) {
            return "RSS unknown";
        }
        try {
            String rss = "?";
            String peak = "?";
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(serverPid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    rss = kbToMb(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kbToMb(line);
                }
            }
            return "RSS " + rss + " (peak " + peak + ")";
        } catch (IOException e) {
            return "RSS unreadable";
        }
    }

    private static String kbToMb(String line) {
        return String.format("%.0f MB", Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
    }

    private static String mb(Long bytes) {
        return bytes == null ? "?" : String.format("%.1f MB", bytes / 1e6);
    }

    private int report(double capacity, double rate, Soak soak, Map<String, Long> cold, Map<String, Long> start, Map<String, Long> end,
            String startRss, String endRss) {
        SoakStats.Histogram soakLatency = stats.total();
        long smuggled = end.getOrDefault("smuggled", 0L);
        long totalSent = 0;
        long hostileSent = 0;
        System.out.printf("%n== requests by kind (first checks, capacity and soak; latencies of the soak only)%n");
        System.out.printf("%-22s %9s %11s %10s %8s %8s %8s   %s%n", "kind", "sent", "as expected", "unexpected", "p50 ms", "p99 ms", "max ms",
                "how they ended (hostile kinds)");
        for (Kind kind : Kind.values()) {
            SoakStats.Counts c = stats.counts(kind);
            long sent = c.sent.sum();
            totalSent += sent;
            hostileSent += kind.hostile ? sent : 0;
            String outcomes = c.outcomes.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .map(e -> e.getValue().sum() + " × " + e.getKey())
                    .reduce((a, b) -> a + "; " + b).orElse("");
            SoakStats.Histogram h = c.latency;
            System.out.printf("%-22s %9d %11d %10d %8s %8s %8.1f   %s%n", kind.label, sent, c.expected.sum(), c.unexpected.sum(),
                    kind.hostile ? "" : String.format("%.2f", h.percentileMillis(0.5)),
                    kind.hostile ? "" : String.format("%.2f", h.percentileMillis(0.99)), c.maxNanos.get() / 1e6,
                    kind.hostile ? outcomes : "");
        }
        System.out.printf("%-22s %9d   (hostile %d, %.1f %%)%n", "all", totalSent, hostileSent, 100.0 * hostileSent / Math.max(1, totalSent));

        double achieved = soak.sent() / (soak.minutes() * 60);
        System.out.printf("%n== soak%n");
        System.out.printf("capacity (closed loop)        %.0f requests/s (valid mix)%n", capacity);
        System.out.printf("target rate                   %.0f requests/s for %.1f min: %d requests due%n", rate, soak.minutes(),
                (long) (rate * soak.minutes() * 60));
        System.out.printf("achieved                      %.0f requests/s (%.1f %% of target): %d sent, %d skipped (client backlog)%n",
                achieved, 100 * achieved / rate, soak.sent(), skipped.sum());
        System.out.printf("valid requests of the soak    %d answered as expected, latency from their due time: p50 %.2f ms, p99 %.2f ms, max %.1f ms%n",
                soakLatency.count(), soakLatency.percentileMillis(0.5), soakLatency.percentileMillis(0.99), soakLatency.maxMillis());
        System.out.printf("server heap after GC          before any load %s, start of the soak %s, end %s (end - start %+.1f MB)%n",
                mb(cold.get("heapAfterGc")), mb(start.get("heapAfterGc")), mb(end.get("heapAfterGc")),
                (end.getOrDefault("heapAfterGc", 0L) - start.getOrDefault("heapAfterGc", 0L)) / 1e6);
        System.out.printf("server RSS                    start %s, end %s%n", startRss, endRss);
        System.out.printf("server threads                start %d, end %d; WebSocket connections start %d, end %d%n", start.get("threads"),
                end.get("threads"), start.get("webSocketConnections"), end.get("webSocketConnections"));
        System.out.printf("smuggled requests served      %d (the server's count of GET /soak/smuggled)%n", smuggled);

        long unexpected = stats.unexpectedTotal() + smuggled;
        System.out.printf("%n== unexpected errors: %d%n", unexpected);
        stats.unexpectedByCategory().forEach((category, count) -> System.out.printf("%8d  %s%n", count, category));
        if (smuggled > 0) {
            System.out.printf("%8d  the server served GET /soak/smuggled, which only a smuggled request asks for%n", smuggled);
        }
        List<SoakStats.Example> examples = stats.examples();
        if (!examples.isEmpty()) {
            System.out.printf("%nfirst examples:%n");
            for (SoakStats.Example example : examples) {
                System.out.printf("  [%s, %.1f s] %s: %s%n", example.kind().label, example.atMillis() / 1000.0, example.category(),
                        example.detail());
            }
        }
        System.out.printf("%nRESULT: %s%n", unexpected == 0 ? "PASS (no unexpected error)" : "FAIL (" + unexpected + " unexpected errors)");
        sockets.close();
        return unexpected == 0 ? 0 : 1;
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
