package dev.waymark.server;

import java.io.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.HttpServerFilter;
import org.glassfish.grizzly.http.server.HttpServerProbe;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;

/**
 * Stands between the transport (and TLS) and Grizzly's HTTP codec: it refuses requests that break
 * HTTP/1.1's framing before the codec parses them ({@link RequestFraming}), and closes the
 * connections of clients that are too slow ({@link WatchedConnection}), checked by one timer thread
 * ten times a second. Time the server itself is behind is not counted against clients: a pause
 * (seen as a late check), and any time work waits for a worker thread, when bytes a client sent
 * in time may not have been read yet. Grizzly's codec is lenient where RFC 9112 asks a server to refuse, and cannot
 * be made strict by its settings; it has no header or body read timeouts, and its keep-alive
 * timeout would also close idle WebSocket connections. Its {@link #probe()} tells the connections
 * when requests are taken up and answered, so an answer that takes long is not mistaken for an
 * idle connection.
 */
final class StrictHttpFilter extends BaseFilter implements AutoCloseable {

    private static final Attribute<WatchedConnection> WATCHED = Grizzly.DEFAULT_ATTRIBUTE_BUILDER
            .createAttribute(StrictHttpFilter.class.getName());
    private static final long CHECK_INTERVAL_MILLIS = 100;

    private final HttpSettings settings;
    private final int maxFields;
    private final Set<WatchedConnection> connections = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService timer;
    private final BooleanSupplier behind;
    private long lastCheck = System.nanoTime();

    StrictHttpFilter(HttpSettings settings, int maxFields, BooleanSupplier behind) {
        this.settings = settings;
        this.behind = behind;
        this.maxFields = maxFields;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "waymark-http-timeouts");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::check, CHECK_INTERVAL_MILLIS, CHECK_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /**
     * The add-on that puts this filter in front of the HTTP codec of a listener.
     *
     * @return the add-on
     */
    AddOn addOn() {
        return (NetworkListener listener, FilterChainBuilder builder) ->
                builder.add(builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class), this);
    }

    /**
     * The probe that tells each connection when its requests are taken up and answered.
     *
     * @return the probe, to be added to the server's web server probes
     */
    HttpServerProbe probe() {
        return new HttpServerProbe.Adapter() {
            @Override
            public void onRequestReceiveEvent(HttpServerFilter filter, Connection connection, Request request) {
                WatchedConnection watched = WATCHED.get(connection);
                if (watched != null) {
                    watched.requestReceived();
                }
            }

            @Override
            public void onRequestCompleteEvent(HttpServerFilter filter, Connection connection, Response response) {
                WatchedConnection watched = WATCHED.get(connection);
                if (watched != null) {
                    watched.requestAnswered();
                }
            }
        };
    }

    @Override
    public NextAction handleAccept(FilterChainContext ctx) throws IOException {
        watched(ctx.getConnection());
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleRead(FilterChainContext ctx) throws IOException {
        if (ctx.getMessage() instanceof Buffer buffer && !watched(ctx.getConnection()).received(buffer)) {
            buffer.tryDispose();
            return ctx.getStopAction();
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
        WatchedConnection watched = WATCHED.get(ctx.getConnection());
        if (watched != null && ctx.getMessage() instanceof Buffer buffer) {
            watched.sending(buffer);
        }
        return ctx.getInvokeAction();
    }

    @Override
    public NextAction handleClose(FilterChainContext ctx) throws IOException {
        WatchedConnection watched = WATCHED.remove(ctx.getConnection());
        if (watched != null) {
            connections.remove(watched);
        }
        return ctx.getInvokeAction();
    }

    private WatchedConnection watched(Connection<?> connection) {
        WatchedConnection watched = WATCHED.get(connection);
        if (watched == null) {
            watched = new WatchedConnection(connection, settings, maxFields);
            WATCHED.set(connection, watched);
            connections.add(watched);
        }
        return watched;
    }

    private void check() {
        long now = System.nanoTime();
        long elapsed = now - lastCheck;
        lastCheck = now;
        long uncounted = behind.getAsBoolean() ? elapsed : elapsed - 2 * TimeUnit.MILLISECONDS.toNanos(CHECK_INTERVAL_MILLIS);
        for (WatchedConnection connection : connections) {
            if (uncounted > 0) {
                connection.postpone(uncounted);
            }
            connection.check(now);
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
