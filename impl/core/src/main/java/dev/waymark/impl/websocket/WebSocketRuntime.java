package dev.waymark.impl.websocket;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.server.ServerEndpointConfig;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.Connections;

/**
 * The WebSocket APIs of one application, ready to be registered with a WebSocket container
 * [WS-1]: one programmatic endpoint per API, the registry of open connections, the access log,
 * and the timer of maximum connection durations.
 */
public final class WebSocketRuntime implements AutoCloseable {

    /** How often idle connections are looked for. */
    private static final long IDLE_CHECK_MILLIS = 250;

    private final List<WebSocketApiClass> apis;
    private final ConnectionRegistry registry;
    private final Connections connections;
    private final HandshakeHooks hooks;
    private final MessageSender sender;
    private final AccessLogWriter accessLog;
    private final JsonLimits jsonLimits;
    private final Map<String, WebSocketEvents> events = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "waymark-websocket-timer");
        thread.setDaemon(true);
        return thread;
    });

    private final ExecutorService broadcasts = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "waymark-websocket-broadcast");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Creates the runtime.
     *
     * @param apis the WebSocket APIs
     * @param registry where open connections are kept
     * @param hooks what the WebSocket container supplies for handshakes
     * @param sender how the WebSocket container writes messages
     * @param accessLog where event lines go
     * @param jsonLimits the limits a JSON message is held to
     * @throws ApiDeploymentException if two APIs share a name or a path
     */
    public WebSocketRuntime(List<WebSocketApiClass> apis, ConnectionRegistry registry, HandshakeHooks hooks, MessageSender sender,
            AccessLogWriter accessLog, JsonLimits jsonLimits) {
        Map<String, String> names = new ConcurrentHashMap<>();
        Map<String, String> paths = new ConcurrentHashMap<>();
        for (WebSocketApiClass api : apis) {
            String previous = names.putIfAbsent(api.name(), api.declaredBy());
            if (previous != null) {
                throw new ApiDeploymentException("Two WebSocket APIs are named '" + api.name() + "': " + previous + " and "
                        + api.declaredBy());
            }
            previous = paths.putIfAbsent(api.path(), api.declaredBy());
            if (previous != null) {
                throw new ApiDeploymentException("Two WebSocket APIs are at path " + api.path() + ": " + previous + " and "
                        + api.declaredBy());
            }
        }
        this.apis = List.copyOf(apis);
        this.registry = registry;
        this.connections = new DefaultConnections(registry, sender, broadcasts);
        this.hooks = hooks;
        this.sender = sender;
        this.accessLog = accessLog;
        this.jsonLimits = jsonLimits;
        timer.scheduleWithFixedDelay(this::closeIdle, IDLE_CHECK_MILLIS, IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Closes the connections that have been idle for their API's timeout [WS-5-1]. */
    private void closeIdle() {
        long now = System.currentTimeMillis();
        for (ConnectionRegistry.Entry entry : registry.all()) {
            if (entry instanceof ConnectionEndpoint connection) {
                connection.closeIfIdle(now);
            }
        }
    }

    /**
     * The endpoint configurations to register with the container, one per API.
     *
     * @return the configurations
     */
    public List<ServerEndpointConfig> endpointConfigs() {
        List<ServerEndpointConfig> configs = new ArrayList<>();
        for (WebSocketApiClass api : apis) {
            configs.add(ServerEndpointConfig.Builder.create(ConnectionEndpoint.class, api.path()).subprotocols(api.subprotocols())
                    .configurator(new ConnectConfigurator(api, this)).build());
        }
        return configs;
    }

    /**
     * The open connections of all the APIs.
     *
     * @return the service
     */
    public Connections connections() {
        return connections;
    }

    /**
     * The APIs.
     *
     * @return the APIs
     */
    public List<WebSocketApiClass> apis() {
        return apis;
    }

    ConnectionRegistry registry() {
        return registry;
    }

    JsonLimits jsonLimits() {
        return jsonLimits;
    }

    HandshakeHooks hooks() {
        return hooks;
    }

    MessageSender sender() {
        return sender;
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    WebSocketEvents events(WebSocketApiClass api) {
        return events.computeIfAbsent(api.name(), name -> new WebSocketEvents(accessLog, name));
    }

    /** Closes every open connection, so each one's {@code $disconnect} runs before the server stops [WS-5-2]. */
    public void closeAll() {
        registry.all().forEach(ConnectionRegistry.Entry::close);
    }

    /** Stops the timer and the broadcast threads. */
    @Override
    public void close() {
        timer.shutdownNow();
        broadcasts.shutdown();
    }
}
