package dev.waymark.tck.runtime.app;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import dev.waymark.Api;
import dev.waymark.ApiResponse;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;
import dev.waymark.ServerSentEvent;

/** Edge handlers that stream, and the same on the standard runtime. */
@Api(basePath = "/streams")
@RuntimeHint(RouteRuntime.EDGE)
public class StreamsApi {

    private static final Map<String, CountDownLatch> GATES = new ConcurrentHashMap<>();
    private static final Executor WAITERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "tck-stream-waiter");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * A JSON chunk.
     *
     * @param n its number
     */
    public record Tick(int n) {
    }

    /** Publishes one event, then the next only when {@code POST /streams/gates/{id}} opens the gate. */
    @Route("GET /gated/{id}")
    public Flow.Publisher<ServerSentEvent> gated(@PathParam("id") String id) {
        CountDownLatch gate = GATES.computeIfAbsent(id, key -> new CountDownLatch(1));
        return subscriber -> {
            SubmissionPublisher<ServerSentEvent> publisher = new SubmissionPublisher<>();
            publisher.subscribe(subscriber);
            WAITERS.execute(() -> {
                publisher.submit(ServerSentEvent.of("first").withId("1").withEvent("tick"));
                try {
                    if (gate.await(20, TimeUnit.SECONDS)) {
                        publisher.submit(ServerSentEvent.of("second\nline").withId("2").withRetry(Duration.ofSeconds(3)));
                    }
                    publisher.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    publisher.closeExceptionally(e);
                }
            });
        };
    }

    @Route("POST /gates/{id}")
    public void open(@PathParam("id") String id) {
        GATES.computeIfAbsent(id, key -> new CountDownLatch(1)).countDown();
    }

    @Route("GET /text")
    public Flow.Publisher<String> text(@QueryParam("n") int n) {
        return publish(n, i -> "chunk" + i + ";");
    }

    @Route("GET /json-lines")
    public Flow.Publisher<Tick> jsonLines() {
        return publish(3, Tick::new);
    }

    @Route("GET /empty")
    public Flow.Publisher<String> empty() {
        return publish(0, String::valueOf);
    }

    @Route("GET /fails")
    public Flow.Publisher<String> fails() {
        return subscriber -> {
            SubmissionPublisher<String> publisher = new SubmissionPublisher<>();
            publisher.subscribe(subscriber);
            publisher.closeExceptionally(new IllegalStateException("secret detail"));
        };
    }

    @Route("GET /async")
    public CompletionStage<Map<String, String>> async() {
        return CompletableFuture.supplyAsync(() -> Map.of("runtime", "edge"));
    }

    @Route("GET /created")
    public Flow.Publisher<String> created(ApiResponse response) {
        response.status(201).header("Content-Type", "text/csv");
        return publish(2, i -> "row" + i + "\n");
    }

    @Route("GET /standard-text")
    @RuntimeHint(RouteRuntime.STANDARD)
    public Flow.Publisher<String> standardText(@QueryParam("n") int n) {
        return publish(n, i -> "chunk" + i + ";");
    }

    /** A publisher that starts producing when it is subscribed to: a SubmissionPublisher drops what it publishes before. */
    private static <T> Flow.Publisher<T> publish(int n, IntFunction<T> item) {
        return subscriber -> {
            SubmissionPublisher<T> publisher = new SubmissionPublisher<>();
            publisher.subscribe(subscriber);
            CompletableFuture.runAsync(() -> {
                for (int i = 0; i < n; i++) {
                    publisher.submit(item.apply(i));
                }
                publisher.close();
            });
        };
    }
}
