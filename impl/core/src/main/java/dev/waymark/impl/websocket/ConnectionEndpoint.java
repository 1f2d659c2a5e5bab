package dev.waymark.impl.websocket;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;

import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.GoneException;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * One connection of a WebSocket API [WS-2, WS-5]: routes each message to its route by the route
 * selection expression (else {@code $default}, else an error message), sends back what a handler
 * returns, enforces the limits, and runs {@code $disconnect} exactly once however the connection
 * ends.
 */
public final class ConnectionEndpoint extends Endpoint implements ConnectionRegistry.Entry {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    /** A write that has completed. */
    private static final Future<?> WRITTEN = CompletableFuture.completedFuture(null);

    private final WebSocketApiClass api;
    private final WebSocketRuntime runtime;
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile Session session;
    private volatile Handshake handshake;
    private volatile long lastActiveMillis;
    private volatile ScheduledFuture<?> expiry;
    /**
     * The last write started, or {@link #WRITTEN} once it is done; guarded by {@code this}. It is
     * stored only when it changes: a reference stored into a long-lived object gives G1's
     * concurrent refinement a card to scan, and a broadcast would do so for every connection.
     */
    private Future<?> lastWrite = WRITTEN;

    ConnectionEndpoint(WebSocketApiClass api, WebSocketRuntime runtime) {
        this.api = api;
        this.runtime = runtime;
    }

    @Override
    public void onOpen(Session opened, EndpointConfig config) {
        Object accepted = opened.getUserProperties().get(Handshake.PROPERTY);
        if (!(accepted instanceof Handshake)) {
            accepted = config.getUserProperties().get(Handshake.PROPERTY);
        }
        if (!(accepted instanceof Handshake accept)) {
            LOG.log(Level.ERROR, "WebSocket API " + api.name() + ": a connection opened without its $connect handshake; closing it");
            closeQuietly(opened, new CloseReason(CloseReason.CloseCodes.UNEXPECTED_CONDITION, "no handshake"));
            return;
        }
        session = opened;
        handshake = accept;
        lastActiveMillis = accept.connectedAt().toEpochMilli();
        opened.setMaxTextMessageBufferSize(api.maxMessageBytes());
        opened.setMaxBinaryMessageBufferSize(api.maxMessageBytes());
        runtime.registry().add(this);
        expiry = runtime.timer().schedule(() -> closeQuietly(opened, new CloseReason(CloseReason.CloseCodes.GOING_AWAY,
                "maximum connection duration reached")), api.maxDurationMillis(), TimeUnit.MILLISECONDS);
        opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
        opened.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) this::onBinary);
    }

    private void onText(String text) {
        if (text.length() > api.maxMessageBytes() / 3 && text.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > api.maxMessageBytes()) {
            tooBig();
            return;
        }
        String key;
        try {
            key = api.selection().keyOf(text, runtime.jsonLimits());
        } catch (InvalidMessageException e) {
            refuse(e);
            return;
        }
        route(key != null && api.routes().containsKey(key) && !key.startsWith("$") ? key : WebSocketRoute.DEFAULT,
                new Message(text, null, runtime.jsonLimits()));
    }

    private void onBinary(ByteBuffer buffer) {
        if (buffer.remaining() > api.maxMessageBytes()) {
            tooBig();
            return;
        }
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        route(WebSocketRoute.DEFAULT, new Message(null, bytes, runtime.jsonLimits()));
    }

    /** Closes with 1009 for a message over the limit, as API Gateway does [WS-5-1] (the container may have closed first). */
    private void tooBig() {
        closeQuietly(session, new CloseReason(CloseReason.CloseCodes.TOO_BIG, "message larger than " + api.maxMessageBytes() + " bytes"));
    }

    /** Answers a message that cannot even be routed (a JSON object beyond the JSON limits) as one that does not bind [WS-2-2]. */
    private void refuse(InvalidMessageException refusal) {
        lastActiveMillis = System.currentTimeMillis();
        String requestId = UUID.randomUUID().toString();
        reply(error("Bad request: " + refusal.getMessage(), requestId));
        runtime.events(api).log(WebSocketEvent.Type.MESSAGE, handshake.connectionId(), requestId, WebSocketRoute.DEFAULT, 400,
                handshake.sourceIp());
    }

    private void route(String key, Message message) {
        lastActiveMillis = System.currentTimeMillis();
        String requestId = UUID.randomUUID().toString();
        RouteHandler handler = api.routes().get(key);
        int status = 200;
        if (handler == null) {
            status = 403;
            reply(error("Forbidden", requestId));
        } else {
            try {
                Object answer = handler.invoke(message, new DefaultWebSocketEvent(WebSocketEvent.Type.MESSAGE, key, requestId, handshake));
                if (answer != null) {
                    reply(answer);
                }
            } catch (InvalidMessageException e) {
                status = 400;
                reply(error("Bad request: " + e.getMessage(), requestId));
            } catch (Exception e) {
                status = 500;
                LOG.log(Level.ERROR, "The " + key + " handler " + handler + " of WebSocket API " + api.name() + " failed", e);
                reply(error("Internal server error", requestId));
            }
        }
        runtime.events(api).log(WebSocketEvent.Type.MESSAGE, handshake.connectionId(), requestId, key, status, handshake.sourceIp());
    }

    /** The error message of API Gateway's shape: a message, the connection id and the request id. */
    private Map<String, Object> error(String text, String requestId) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", text);
        error.put("connectionId", handshake.connectionId());
        error.put("requestId", requestId);
        return error;
    }

    private void reply(Object answer) {
        try {
            send(answer);
        } catch (GoneException e) {
            LOG.log(Level.DEBUG, () -> "The answer to connection " + e.connectionId() + " was not sent: it is gone");
        }
    }

    /**
     * Closes the connection if it has received nothing for its API's idle timeout [WS-5-1]. (The
     * runtime checks every connection, not the container: Tyrus closed new connections of a busy
     * server at once with an idle timeout set on each session.)
     *
     * @param nowMillis the current time, in milliseconds since the epoch
     */
    void closeIfIdle(long nowMillis) {
        Session open = session;
        if (open != null && nowMillis - lastActiveMillis >= api.idleMillis() && open.isOpen()) {
            closeQuietly(open, new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle for " + api.idleMillis() + " ms"));
        }
    }

    @Override
    public ConnectionInfo info() {
        return new ConnectionInfo(handshake.connectionId(), api.name(), handshake.connectedAt(), Instant.ofEpochMilli(lastActiveMillis), handshake.sourceIp(),
                handshake.caller());
    }

    /**
     * Sends a message and waits until it is written [WS-4-2].
     *
     * @throws GoneException if the connection is closed, or the write fails
     */
    @Override
    public void send(Object message) {
        Future<?> write = start(runtime.sender().prepare(Frames.prepare(message)));
        if (!written(write)) {
            throw gone();
        }
    }

    /**
     * Starts writing a prepared message, once the connection's previous write has completed: the
     * writes of one connection neither overlap (a container may refuse a write while another is
     * under way, and two messages' frames must not interleave) nor change order.
     *
     * @param message the message
     * @return completes when it is written, exceptionally if it could not be
     * @throws GoneException if the connection is closed
     */
    Future<?> start(MessageSender.Prepared message) {
        Session open = session;
        if (open == null || !open.isOpen() || ended.get()) {
            throw gone();
        }
        synchronized (this) {
            written(lastWrite);
            Future<?> write;
            try {
                write = message.writeTo(open);
            } catch (IOException | IllegalStateException e) {
                throw gone();
            }
            Future<?> pending = write.isDone() ? WRITTEN : write;
            if (lastWrite != pending) {
                lastWrite = pending;
            }
            return write;
        }
    }

    /**
     * Waits for a write.
     *
     * @param write the write
     * @return whether it succeeded
     * @throws IllegalStateException if the thread is interrupted while waiting
     */
    static boolean written(Future<?> write) {
        try {
            write.get();
            return true;
        } catch (ExecutionException | CancellationException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a WebSocket write", e);
        }
    }

    private GoneException gone() {
        Handshake accepted = handshake;
        return new GoneException(accepted == null ? "-" : accepted.connectionId());
    }

    @Override
    public void close() {
        Session open = session;
        if (open != null) {
            closeQuietly(open, new CloseReason(CloseReason.CloseCodes.NORMAL_CLOSURE, "closed by the server"));
        }
    }

    @Override
    public void onClose(Session closed, CloseReason reason) {
        disconnect(reason.getCloseCode().getCode());
    }

    @Override
    public void onError(Session failed, Throwable error) {
        LOG.log(Level.DEBUG, () -> "WebSocket API " + api.name() + ": connection error", error);
        if (!failed.isOpen()) {
            disconnect(CloseReason.CloseCodes.CLOSED_ABNORMALLY.getCode());
        }
    }

    /** Runs {@code $disconnect} once, and forgets the connection [WS-5-2]. */
    private void disconnect(int code) {
        Handshake accepted = handshake;
        if (accepted == null || !ended.compareAndSet(false, true)) {
            return;
        }
        runtime.registry().remove(accepted.connectionId());
        ScheduledFuture<?> timer = expiry;
        if (timer != null) {
            timer.cancel(false);
        }
        LOG.log(Level.DEBUG, () -> "Connection " + accepted.connectionId() + " closed with " + code);
        runtime.disconnect(api, accepted);
    }

    private static void closeQuietly(Session target, CloseReason reason) {
        try {
            target.close(reason);
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.DEBUG, () -> "Closing a WebSocket connection failed: " + e);
        }
    }
}
