package dev.waymark.tck.runtime.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.inject.Produces;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteOptions;
import dev.waymark.RouteRuntime;
import dev.waymark.RouteTable;
import dev.waymark.RouteTimeout;
import dev.waymark.RuntimeHint;

/** Handlers that overrun their time limits, declared on the API, on routes, and as table defaults. */
@Api(basePath = "/timeouts")
@RouteTimeout("500ms")
public class TimeoutsApi {

    private static final AtomicBoolean INTERRUPTED = new AtomicBoolean();

    @Route("GET /sleeps")
    public String sleeps() {
        try {
            Thread.sleep(20_000);
            return "woke up";
        } catch (InterruptedException e) {
            INTERRUPTED.set(true);
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    @Route("GET /interrupted")
    public boolean interrupted() {
        return INTERRUPTED.get();
    }

    @Route("GET /never")
    public CompletionStage<String> never() {
        return new CompletableFuture<>();
    }

    @Route("GET /silent-stream")
    @RuntimeHint(RouteRuntime.EDGE)
    public Flow.Publisher<String> silentStream() {
        return new SubmissionPublisher<>();
    }

    @Route("GET /patient")
    @RouteTimeout("10s")
    public CompletionStage<String> patient() {
        return CompletableFuture.supplyAsync(() -> "patient", CompletableFuture.delayedExecutor(1, java.util.concurrent.TimeUnit.SECONDS));
    }

    /**
     * A table whose routes inherit a time limit from its defaults.
     *
     * @return the table
     */
    @Produces
    public RouteTable slowTable() {
        return RouteTable.create("slow-table", "/slow-table", RouteOptions.defaults().timeout("400ms").runtime(RouteRuntime.EDGE))
                .add("GET /never", (request, response) -> new CompletableFuture<String>())
                .add("GET /own", RouteOptions.defaults().timeout("none"),
                        (request, response) -> CompletableFuture.supplyAsync(() -> "own",
                                CompletableFuture.delayedExecutor(700, java.util.concurrent.TimeUnit.MILLISECONDS)));
    }
}
