package dev.waymark.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak's WebSocket side: a pool of long-lived connections to the server's echo API, each
 * carrying many messages (one send at a time per connection, replies matched by their sequence
 * number), and short-lived connections that open, send one message and close or drop (churn).
 * A pooled connection that the server closes, or that fails, is an unexpected error; it is opened
 * again after a second, at most {@link #MAX_REOPENS} times in all.
 */
final class SoakSockets {

    static final Duration REPLY_TIMEOUT = Duration.ofSeconds(15);
    private static final int MAX_REOPENS = 200;
    private static final Pattern SEQ = Pattern.compile("\"seq\":(\\d+)");

    private final HttpClient client;
    private final URI uri;
    private final SoakStats stats;
    private final List<Pooled> pool = new ArrayList<>();
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicInteger reopens = new AtomicInteger();
    private volatile boolean closing;

    SoakSockets(HttpClient client, URI uri, SoakStats stats) {
        this.client = client;
        this.uri = uri;
        this.stats = stats;
    }

    /** The message sent for {@code seq}; the server answers it with itself. */
    static String message(long seq) {
        return "{\"action\":\"echo\",\"seq\":" + seq + ",\"data\":\"payload " + seq + "\"}";
    }

    /** Null if {@code reply} is the echo of the message {@code seq}, else what is wrong with it. */
    static String checkReply(long seq, String reply) {
        return reply.contains("\"seq\":" + seq + ",") || reply.contains("\"seq\":" + seq + "}")
                ? reply.contains("\"data\":\"payload " + seq + "\"") ? null : "an echo with other data"
                : "an echo of another message";
    }

    /**
     * Opens the pool.
     *
     * @param size how many connections
     * @throws Exception if they do not all open within a minute
     */
    void open(int size) throws Exception {
        List<CompletableFuture<WebSocket>> opening = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            Pooled pooled = new Pooled();
            pool.add(pooled);
            opening.add(pooled.connect());
        }
        CompletableFuture.allOf(opening.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    /** Sends the message {@code seq} on a pooled connection; the future completes with the reply. */
    CompletableFuture<String> echo(long seq) {
        return pool.get(Math.floorMod(next.getAndIncrement(), pool.size())).send(seq, message(seq));
    }

    /**
     * Opens a connection, sends the message {@code seq}, waits for its echo, then closes the
     * connection (even {@code seq}) or drops it without a close frame (odd).
     */
    CompletableFuture<String> churn(long seq) {
        CompletableFuture<String> reply = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    reply.complete(partial.toString());
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                reply.completeExceptionally(new IllegalStateException("closed by the server before the echo: " + code + " " + reason));
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                reply.completeExceptionally(error);
            }
        };
        return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, listener)
                .thenCompose(socket -> socket.sendText(message(seq), true)
                        .thenCompose(sent -> reply.orTimeout(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS))
                        .whenComplete((text, error) -> {
                            if (seq % 2 == 0 && error == null) {
                                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
                            } else {
                                socket.abort();
                            }
                        }));
    }

    /** The form of the hostile message {@code seq}: JSON 10,000 deep, or a number of 100,000 digits. */
    static String hostileVariant(long seq) {
        return switch ((int) (seq % 3)) {
            case 0 -> "a message with arrays 10,000 deep";
            case 1 -> "a message with objects 10,000 deep";
            default -> "a message with a number of 100,000 digits";
        };
    }

    private static String hostileMessage(long seq) {
        return switch ((int) (seq % 3)) {
            case 0 -> "{\"action\":\"echo\",\"seq\":" + seq + ",\"x\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}";
            case 1 -> "{\"action\":\"echo\",\"seq\":" + seq + ",\"x\":" + "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000) + "}";
            default -> "{\"action\":\"echo\",\"seq\":" + seq + ",\"n\":" + "9".repeat(100_000) + "}";
        };
    }

    /**
     * Opens a connection and sends a hostile message (under the API's largest message size); the
     * server must answer with an error message (such as {@code {"message":"Forbidden",...}}, its
     * answer to a message that is not JSON) or close the connection with a code other than 1011
     * (server error). An echo, no answer in 15 s or a failure is unexpected. Blocks; never throws.
     */
    SoakHostile.Result hostile(long seq) {
        String message = hostileMessage(seq);
        long started = System.nanoTime();
        CompletableFuture<String> first = new CompletableFuture<>();
        WebSocket.Listener listener = new WebSocket.Listener() {
            private final StringBuilder partial = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                    first.complete("text " + partial);
                }
                socket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
                first.complete("close " + code + " " + reason);
                return null;
            }

            @Override
            public void onError(WebSocket socket, Throwable error) {
                first.complete("error " + SoakClient.cause(error));
            }
        };
        String answer;
        WebSocket socket = null;
        try {
            socket = client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5)).buildAsync(uri, listener).get(10, TimeUnit.SECONDS);
            socket.sendText(message, true).get(10, TimeUnit.SECONDS);
            answer = first.get(Math.max(1, SoakHostile.DEADLINE_MILLIS - (System.nanoTime() - started) / 1_000_000), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            answer = null;
        } catch (Exception e) {
            answer = "error " + SoakClient.cause(e);
        } finally {
            if (socket != null) {
                socket.abort();
            }
        }
        long nanos = System.nanoTime() - started;
        String detail = String.format("sent %d characters: %s%n      came back after %d ms: %s", message.length(),
                SoakHostile.escape(message.getBytes(java.nio.charset.StandardCharsets.UTF_8), 240), nanos / 1_000_000,
                answer == null ? "nothing" : SoakHostile.escape(answer.getBytes(java.nio.charset.StandardCharsets.UTF_8), 400));
        if (answer == null) {
            return new SoakHostile.Result(false, "no answer and no close in 15 s", detail, nanos);
        }
        if (answer.startsWith("text ")) {
            Matcher error = Pattern.compile("\"message\":\"([^\"]*)\"").matcher(answer);
            return answer.contains("\"action\":\"echo\"") || !error.find()
                    ? new SoakHostile.Result(false, "served: echoed", detail, nanos)
                    : new SoakHostile.Result(true, "error message: " + error.group(1), detail, nanos);
        }
        if (answer.startsWith("close ")) {
            String code = answer.split(" ")[1];
            return new SoakHostile.Result(!code.equals("1011"), "close " + code, detail, nanos);
        }
        return new SoakHostile.Result(false, "failed", detail, nanos);
    }

    /** Closes every pooled connection. */
    void close() {
        closing = true;
        List<CompletableFuture<?>> closed = new ArrayList<>();
        for (Pooled pooled : pool) {
            WebSocket socket = pooled.socket;
            if (socket != null) {
                closed.add(socket.sendClose(WebSocket.NORMAL_CLOSURE, "soak over").exceptionally(error -> null));
            }
        }
        try {
            CompletableFuture.allOf(closed.toArray(CompletableFuture[]::new)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the process ends anyway
        }
    }

    /** One long-lived connection of the pool. */
    private final class Pooled implements WebSocket.Listener {

        private final Map<Long, CompletableFuture<String>> pending = new ConcurrentHashMap<>();
        private final StringBuilder partial = new StringBuilder();
        private volatile WebSocket socket;
        private CompletableFuture<?> sending = CompletableFuture.completedFuture(null);

        CompletableFuture<WebSocket> connect() {
            return client.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri, this)
                    .whenComplete((opened, error) -> {
                        if (error == null) {
                            socket = opened;
                        } else if (!closing) {
                            stats.unexpected(SoakClient.Kind.WS_ECHO, "a pooled connection could not be opened",
                                    uri + ": " + SoakClient.cause(error), 0);
                            reopenLater();
                        }
                    });
        }

        synchronized CompletableFuture<String> send(long seq, String text) {
            WebSocket current = socket;
            if (current == null) {
                return CompletableFuture.failedFuture(new IllegalStateException("the pooled connection is being opened again"));
            }
            CompletableFuture<String> reply = new CompletableFuture<>();
            pending.put(seq, reply);
            // the JDK's WebSocket takes one text message at a time: each send waits for the one before
            sending = sending.handle((ignored, error) -> null)
                    .thenCompose(ignored -> current.sendText(text, true))
                    .whenComplete((sent, error) -> {
                        if (error != null) {
                            pending.remove(seq);
                            reply.completeExceptionally(error);
                        }
                    });
            return reply.orTimeout(REPLY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).whenComplete((text2, error) -> pending.remove(seq));
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                Matcher seq = SEQ.matcher(text);
                CompletableFuture<String> reply = seq.find() ? pending.remove(Long.parseLong(seq.group(1))) : null;
                if (reply != null) {
                    reply.complete(text);
                } else {
                    stats.unexpected(SoakClient.Kind.WS_ECHO, "a message that answers no message sent", text, 0);
                }
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int code, String reason) {
            if (!closing) {
                lost("closed by the server: " + code + " " + reason);
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (!closing) {
                lost("failed: " + SoakClient.cause(error));
            }
        }

        private void lost(String why) {
            socket = null;
            stats.unexpected(SoakClient.Kind.WS_ECHO, "a pooled connection was lost", why, 0);
            IllegalStateException failure = new IllegalStateException("the pooled connection was lost: " + why);
            pending.values().forEach(reply -> reply.completeExceptionally(failure));
            pending.clear();
            synchronized (this) {
                partial.setLength(0);
                sending = CompletableFuture.completedFuture(null);
            }
            reopenLater();
        }

        private void reopenLater() {
            if (!closing && reopens.incrementAndGet() <= MAX_REOPENS) {
                CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS).execute(this::connect);
            }
        }
    }
}
