package dev.waymark.examples.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTimeout;
import dev.waymark.RuntimeHint;
import dev.waymark.ServerSentEvent;

/** A clock on the edge runtime: the time as server-sent events, one per interval. */
@Api(name = "clock")
public class ClockApi {

    private static final ScheduledExecutorService TICKS = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "clock-ticks");
        thread.setDaemon(true);
        return thread;
    });

    // tag::clock[]
    @Route("GET /clock")
    @RuntimeHint(RouteRuntime.EDGE)
    @RouteTimeout("5s")
    public Flow.Publisher<ServerSentEvent> clock(
            @QueryParam("every") @DefaultValue("1000") @Min(value = 100, message = "must be at least 100 (milliseconds)") long everyMillis,
            @QueryParam("count") @DefaultValue("0") int count) {
        return subscriber -> {
            SubmissionPublisher<ServerSentEvent> events = new SubmissionPublisher<>();
            events.subscribe(subscriber);
            AtomicInteger sent = new AtomicInteger();
            CompletableFuture<ScheduledFuture<?>> ticking = new CompletableFuture<>();
            ticking.complete(TICKS.scheduleAtFixedRate(() -> {
                if (events.getNumberOfSubscribers() == 0) {
                    ticking.thenAccept(ticks -> ticks.cancel(false));
                    return;
                }
                int n = sent.incrementAndGet();
                events.submit(ServerSentEvent.of(Instant.now().toString()).withEvent("tick").withId(String.valueOf(n))
                        .withRetry(Duration.ofMillis(everyMillis)));
                if (count > 0 && n >= count) {
                    events.close();
                    ticking.thenAccept(ticks -> ticks.cancel(false));
                }
            }, 0, everyMillis, TimeUnit.MILLISECONDS));
        };
    }
    // end::clock[]
}
