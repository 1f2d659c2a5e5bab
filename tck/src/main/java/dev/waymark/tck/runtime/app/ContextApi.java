package dev.waymark.tck.runtime.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import dev.waymark.Api;
import dev.waymark.Route;
import dev.waymark.RouteTimeout;

/**
 * Answers completed by threads that carry another application's context, as the JDK's shared
 * threads do once an application that used them first is gone: a thread whose context class loader
 * is a closed loader that knows none of this application's classes.
 */
@Api(basePath = "/context")
public class ContextApi {

    @Route("GET /stage")
    public CompletionStage<ContextReport> stage() {
        CompletableFuture<ContextReport> answer = new CompletableFuture<>();
        onForeignThread(() -> answer.complete(new ContextReport("stage")));
        return answer;
    }

    @Route("GET /timeout")
    @RouteTimeout("300ms")
    public CompletionStage<ContextReport> timeout() {
        CompletableFuture<ContextReport> never = new CompletableFuture<>();
        onForeignThread(() -> never.completeOnTimeout(new ContextReport("late"), 5, TimeUnit.SECONDS));
        return never;
    }

    private static void onForeignThread(Runnable task) {
        URLClassLoader gone = new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader());
        try {
            gone.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread thread = new Thread(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            task.run();
        }, "another-application");
        thread.setContextClassLoader(gone);
        thread.setDaemon(true);
        thread.start();
    }
}
