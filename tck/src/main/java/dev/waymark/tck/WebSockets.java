package dev.waymark.tck;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/** A WebSocket client for the TCK on the JDK's {@code java.net.http.WebSocket}, keeping what it receives. */
public final class WebSockets implements WebSocket.Listener {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final LinkedBlockingQueue<Object> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<Integer> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private WebSocket socket;

    private WebSockets() {
    }

    /**
     * Connects to a path of a deployment.
     *
     * @param base the deployment's base URL
     * @param pathAndQuery the path below it, with an optional query
     * @param headers header names and values, alternating
     * @return the client
     * @throws CompletionException if the handshake fails, with a {@link WebSocketHandshakeException} for a refusal
     */
    public static WebSockets connect(URL base, String pathAndQuery, String... headers) {
        return connect(CLIENT.newWebSocketBuilder(), base, pathAndQuery, headers);
    }

    /**
     * Connects to a path of a deployment, offering one subprotocol.
     *
     * @param base the deployment's base URL
     * @param pathAndQuery the path below it, with an optional query
     * @param subprotocol the subprotocol offered in the handshake
     * @param headers header names and values, alternating
     * @return the client
     * @throws CompletionException if the handshake fails, with a {@link WebSocketHandshakeException} for a refusal
     */
    public static WebSockets connectWithSubprotocol(URL base, String pathAndQuery, String subprotocol, String... headers) {
        return connect(CLIENT.newWebSocketBuilder().subprotocols(subprotocol), base, pathAndQuery, headers);
    }

    private static WebSockets connect(WebSocket.Builder builder, URL base, String pathAndQuery, String... headers) {
        WebSockets client = new WebSockets();
        builder.connectTimeout(Duration.ofSeconds(10));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        client.socket = builder.buildAsync(uri(base, pathAndQuery), client).orTimeout(30, TimeUnit.SECONDS).join();
        return client;
    }

    /**
     * The HTTP status a refused handshake was answered with.
     *
     * @param base the deployment's base URL
     * @param pathAndQuery the path and query
     * @param headers header names and values, alternating
     * @return the status, or -1 if the connection opened (it is closed again)
     */
    public static int refusalStatus(URL base, String pathAndQuery, String... headers) {
        try {
            connect(base, pathAndQuery, headers).socket.abort();
            return -1;
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static URI uri(URL base, String pathAndQuery) {
        String http = base.toString().replaceAll("/$", "");
        return URI.create(http.replaceFirst("^http", "ws") + pathAndQuery);
    }

    /**
     * The subprotocol the server agreed to in the handshake.
     *
     * @return the subprotocol, empty if none
     */
    public String subprotocol() {
        return socket.getSubprotocol();
    }

    /**
     * Sends a text message.
     *
     * @param message the text
     * @return this client
     */
    public WebSockets send(String message) {
        socket.sendText(message, true).join();
        return this;
    }

    /**
     * Sends a binary message.
     *
     * @param message the bytes
     * @return this client
     */
    public WebSockets send(byte[] message) {
        socket.sendBinary(ByteBuffer.wrap(message), true).join();
        return this;
    }

    /**
     * The next message received: a {@code String} or a {@code byte[]}.
     *
     * @return the message
     * @throws AssertionError if none arrives within 10 seconds
     */
    public Object next() {
        try {
            Object message = messages.poll(10, TimeUnit.SECONDS);
            if (message == null) {
                throw new AssertionError("no WebSocket message within 10 s");
            }
            return message;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The next text message, if one arrives in time.
     *
     * @param within how long to wait
     * @return the text, or empty if none came
     */
    public Optional<String> nextText(Duration within) {
        try {
            return Optional.ofNullable((String) messages.poll(within.toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /**
     * The next text message received.
     *
     * @return the text
     */
    public String nextText() {
        return (String) next();
    }

    /**
     * The close code the server closed the connection with.
     *
     * @param seconds how long to wait
     * @return the code
     */
    public int closeCode(int seconds) {
        return closed.orTimeout(seconds, TimeUnit.SECONDS).join();
    }

    /**
     * Closes the connection normally.
     */
    public void close() {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    /** Drops the connection without a closing handshake, as a lost network would. */
    public void abort() {
        socket.abort();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            messages.add(text.toString());
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        messages.add(bytes);
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(statusCode);
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(1006);
    }

    /**
     * Waits until a condition holds, as the effects of a connection's end arrive after the close.
     *
     * @param condition what must become true
     * @throws AssertionError if it is still false after 15 s
     */
    public static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 15 s");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
