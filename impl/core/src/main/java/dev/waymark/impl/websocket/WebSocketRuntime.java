package dev.waymark.impl.websocket;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.websocket.server.ServerEndpointConfig;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.spi.SharedMap;
import dev.waymark.websocket.ConnectionInfo;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.WebSocketEvent;
import dev.waymark.websocket.WebSocketRoute;

/**
 * The WebSocket APIs of one application, ready to be registered with a WebSocket container
 * [WS-1]: one programmatic endpoint per API, the registry of open connections, the access log,
 * and the timer of maximum connection durations.
 */
public final class WebSocketRuntime implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger("dev.waymark.websocket");

    /** The cluster's shared map of connection records. */
    private static final String CONNECTION_RECORDS = "waymark.connections";

    /** How often idle connections are looked for. */
    private static final long IDLE_CHECK_MILLIS = 250;

    private final List<WebSocketApiClass> apis;
    private final ConnectionRegistry registry;
    private final Connections connections;
    private final ClusterConnections clustered;
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
        this(apis, registry, hooks, sender, accessLog, jsonLimits, null, null);
    }

    /**
     * Creates the runtime of a node of a cluster [WS-8-1]: its connections are announced to the
     * other nodes, and reach theirs.
     *
     * @param apis the WebSocket APIs
     * @param registry where this node keeps its open connections
     * @param hooks what the WebSocket container supplies for handshakes
     * @param sender how the WebSocket container writes messages
     * @param accessLog where event lines go
     * @param jsonLimits the limits a JSON message is held to
     * @param cluster the cluster, or null for a single node
     * @param clusterTimeout how long another node has to answer a call about its connections
     * @throws ApiDeploymentException if two APIs share a name or a path
     */
    public WebSocketRuntime(List<WebSocketApiClass> apis, ConnectionRegistry registry, HandshakeHooks hooks, MessageSender sender,
            AccessLogWriter accessLog, JsonLimits jsonLimits, Cluster cluster, Duration clusterTimeout) {
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
        if (cluster == null) {
            this.registry = registry;
            this.connections = new DefaultConnections(registry, sender, broadcasts);
            this.clustered = null;
        } else {
            SharedMap records = cluster.map(CONNECTION_RECORDS);
            this.registry = new ClusterRegistry(registry, records, cluster.localMember());
            this.clustered = new ClusterConnections(new DefaultConnections(registry, sender, broadcasts), registry, cluster, records,
                    clusterTimeout, broadcasts, this);
            this.connections = clustered;
        }
        this.hooks = hooks;
        this.sender = sender;
        this.accessLog = accessLog;
        this.jsonLimits = jsonLimits;
        timer.scheduleWithFixedDelay(this::closeIdle, IDLE_CHECK_MILLIS, IDLE_CHECK_MILLIS, TimeUnit.MILLISECONDS);
        if (clustered != null) {
            clustered.start();
        }
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

    /**
     * Runs the {@code $disconnect} of a connection whose node left the cluster [WS-8-3], with what
     * its record tells of it, and logs the event.
     *
     * @param info the connection as it opened
     */
    void disconnectOrphan(ConnectionInfo info) {
        for (WebSocketApiClass api : apis) {
            if (api.name().equals(info.api())) {
                disconnect(api, new Handshake(info.connectionId(), Map.of(), Map.of(), info.sourceIp(), info.identity().orElse(null),
                        info.connectedAt()));
                return;
            }
        }
        LOG.log(Level.WARNING, "Connection " + info.connectionId() + " of a node that left belongs to WebSocket API " + info.api()
                + ", which this node does not serve; its $disconnect did not run");
    }

    /**
     * Runs an API's {@code $disconnect} for a connection that ended [WS-5-2], and logs the event.
     *
     * @param api the API
     * @param accepted the connection's handshake
     */
    void disconnect(WebSocketApiClass api, Handshake accepted) {
        String requestId = UUID.randomUUID().toString();
        RouteHandler handler = api.routes().get(WebSocketRoute.DISCONNECT);
        int status = 200;
        if (handler != null) {
            try {
                handler.invoke(Message.NONE,
                        new DefaultWebSocketEvent(WebSocketEvent.Type.DISCONNECT, WebSocketRoute.DISCONNECT, requestId, accepted));
            } catch (Exception e) {
                status = 500;
                LOG.log(Level.ERROR, "The $disconnect handler " + handler + " of WebSocket API " + api.name() + " failed", e);
            }
        }
        events(api).log(WebSocketEvent.Type.DISCONNECT, accepted.connectionId(), requestId, WebSocketRoute.DISCONNECT, status,
                accepted.sourceIp());
    }

    /** Stops the timer and the broadcast threads, and, in a cluster, answering the other nodes. */
    @Override
    public void close() {
        if (clustered != null) {
            clustered.stop();
        }
        timer.shutdownNow();
        broadcasts.shutdown();
    }
}
