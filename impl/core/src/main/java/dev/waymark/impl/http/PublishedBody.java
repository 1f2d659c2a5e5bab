package dev.waymark.impl.http;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * A response body published by a handler as a {@link Flow.Publisher}: the response starts when the
 * first chunk arrives, and each chunk is written and flushed as it is published. Chunks are
 * requested one at a time, so a slow client slows the publisher instead of filling memory.
 *
 * <p>A container writes a resumed asynchronous response on the thread that resumes it, and the
 * body's {@link #write} lasts as long as the stream. So the response is resumed on a writer thread
 * of its own, never on the publisher's thread, which must stay free to deliver the next chunks.
 */
public final class PublishedBody implements Flow.Subscriber<Object>, StreamingOutput {

    private static final System.Logger LOG = System.getLogger("dev.waymark");
    private static final Object END = new Object();

    private final DefaultApiResponse response;
    private final Object route;
    private final StreamedSize size;
    private final CompletableFuture<Response> head = new CompletableFuture<>();
    private final BlockingQueue<Object> chunks = new LinkedBlockingQueue<>();
    private volatile Flow.Subscription subscription;
    private boolean started;
    private ChunkFormat format;

    private PublishedBody(DefaultApiResponse response, Object route, long responseLimit) {
        this.response = response;
        this.route = route;
        this.size = new StreamedSize(route, responseLimit);
    }

    /**
     * Subscribes to a publisher.
     *
     * @param publisher what the handler returned
     * @param response what the handler set: status, headers, cookies
     * @param route the route, named in warnings
     * @param responseLimit the size above which a warning is logged
     * @return the subscribed body
     */
    public static PublishedBody subscribe(Flow.Publisher<?> publisher, DefaultApiResponse response, Object route,
            long responseLimit) {
        PublishedBody body = new PublishedBody(response, route, responseLimit);
        @SuppressWarnings("unchecked")
        Flow.Publisher<Object> items = (Flow.Publisher<Object>) publisher;
        items.subscribe(body);
        return body;
    }

    /**
     * The response, once the first chunk is published, or the publisher ends or fails.
     *
     * @return the response, whose entity writes the chunks
     */
    public CompletionStage<Response> head() {
        return head;
    }

    /** Stops the publisher, for a response whose body is not sent (HEAD, a timeout). */
    public void cancel() {
        Flow.Subscription current = subscription;
        if (current != null) {
            current.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription given) {
        if (subscription != null) {
            given.cancel();
            return;
        }
        subscription = given;
        given.request(1);
    }

    @Override
    public void onNext(Object item) {
        if (!started) {
            started = true;
            try {
                format = ChunkFormat.of(item);
                chunks.add(format.encode(item));
                Response.ResponseBuilder builder = Response.status(response.isStatusSet() ? response.status() : 200).entity(this);
                ResponseWriter.applyHeaders(builder, response, format.contentType());
                if (format == ChunkFormat.EVENTS) {
                    builder.header("Cache-Control", "no-cache");
                }
                Response started = builder.build();
                Writers.EXECUTOR.execute(() -> head.complete(started));
            } catch (RuntimeException e) {
                cancel();
                head.completeExceptionally(e);
            }
            return;
        }
        try {
            chunks.add(format.encode(item));
        } catch (RuntimeException e) {
            cancel();
            chunks.add(e);
        }
    }

    @Override
    public void onError(Throwable failure) {
        if (started) {
            chunks.add(failure);
        } else {
            head.completeExceptionally(failure);
        }
    }

    @Override
    public void onComplete() {
        if (!started) {
            Response.ResponseBuilder builder = Response.status(response.isStatusSet() ? response.status() : 204);
            ResponseWriter.applyHeaders(builder, response, null);
            head.complete(builder.build());
        }
        chunks.add(END);
    }

    @Override
    public void write(OutputStream out) throws IOException {
        try {
            for (Object next = chunks.take(); next != END; next = chunks.take()) {
                if (next instanceof Throwable failure) {
                    LOG.log(Level.ERROR, "The published response of " + route + " failed after it started; it ends here", failure);
                    return;
                }
                byte[] chunk = (byte[]) next;
                out.write(chunk);
                out.flush();
                size.add(chunk.length);
                subscription.request(1);
            }
        } catch (InterruptedException e) {
            cancel();
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            cancel();
            throw e;
        }
    }

    /** Threads that write published bodies: one per stream in progress, gone when idle. */
    private static final class Writers {
        static final ExecutorService EXECUTOR = create();

        private static ExecutorService create() {
            AtomicInteger count = new AtomicInteger();
            ThreadPoolExecutor executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                    task -> {
                        Thread thread = new Thread(task, "waymark-stream-" + count.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
            return executor;
        }
    }
}
