package dev.waymark.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.inject.spi.Extension;
import jakarta.websocket.DeploymentException;
import jakarta.websocket.server.ServerEndpointConfig;

import org.glassfish.tyrus.spi.ServerContainer;

import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.ssl.SSLEngineConfigurator;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerContainer;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

import dev.waymark.ApiDeploymentException;
import dev.waymark.ApiUrls;
import dev.waymark.RouteInfo;
import dev.waymark.RouteTable;
import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.deploy.DefaultApiUrls;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.deploy.RouteTableLog;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.websocket.WebSocketRuntime;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.WebSocketRouteTable;

/**
 * The embedded runtime: Grizzly with Jersey and Tyrus on one port, Weld SE for CDI, SmallRye
 * Config for configuration. It serves every {@code @Api} bean and {@code RouteTable} bean of the
 * class path's bean archives (jars and folders with {@code META-INF/beans.xml}).
 *
 * <pre>
 * try (Waymark server = Waymark.start()) {
 *     System.out.println(server.uri());
 * }
 * </pre>
 *
 * <p>Configuration ({@code waymark.} properties through MicroProfile Config: system properties,
 * environment, {@code META-INF/microprofile-config.properties}): {@code waymark.port} (default
 * 8080; 0 picks a free port), {@code waymark.host} (default {@code 0.0.0.0}),
 * {@code waymark.path.max-length} (default 2048), and the slow-client limits
 * {@code waymark.http.header-timeout}, {@code waymark.http.body-timeout},
 * {@code waymark.http.idle-timeout} and {@code waymark.http.body-buffer} (defaults 10s, 10s, 30s,
 * 64kb).
 */
public final class Waymark implements AutoCloseable {

    /**
     * The system property that makes {@link #main} stop once it has started and sent itself a
     * {@code GET} for each path of its value (comma separated; empty for none): a training run,
     * such as one that makes a class-data sharing archive with {@code -XX:ArchiveClassesAtExit}.
     */
    public static final String EXIT_AFTER = ConfigKeys.EXIT_AFTER.name();

    /**
     * Weld's system property that turns off its check of each {@code beans.xml} against the CDI
     * schemas. The check only ever logs warnings, and loading the schemas takes about a tenth of
     * the runtime's start-up, so {@link #main} sets it unless it is set already ({@code false}
     * keeps the check).
     */
    private static final String WELD_XML_VALIDATION_OFF = "org.jboss.weld.xml.disableValidating";

    private static final System.Logger LOG = System.getLogger("dev.waymark.server");
    private static final AtomicInteger CONTAINERS = new AtomicInteger();

    private final WeldContainer container;
    private final HttpServer http;
    private final ServerContainer webSockets;
    private final WebSocketRuntime webSocketApis;
    private final Deployment deployment;
    private final URI uri;
    private final Runnable stopTimeouts;
    private volatile boolean closed;

    private Waymark(WeldContainer container, HttpServer http, ServerContainer webSockets, WebSocketRuntime webSocketApis,
            Deployment deployment, URI uri, Runnable stopTimeouts) {
        this.stopTimeouts = stopTimeouts;
        this.webSocketApis = webSocketApis;
        this.container = container;
        this.http = http;
        this.webSockets = webSockets;
        this.deployment = deployment;
        this.uri = uri;
    }

    /**
     * Starts every API of the class path, then serves until the process is stopped; SIGTERM
     * shuts down gracefully. With the system property {@code waymark.exit-after} it stops after start-up
     * and the requests the property names instead. It leaves out Weld's schema check of
     * {@code beans.xml} files unless {@code org.jboss.weld.xml.disableValidating} is set.
     *
     * @param args not used
     * @throws InterruptedException if interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        String exitAfter = System.getProperty(EXIT_AFTER);
        if (System.getProperty(WELD_XML_VALIDATION_OFF) == null) {
            System.setProperty(WELD_XML_VALIDATION_OFF, "true");
        }
        Waymark server;
        try {
            server = start();
        } catch (ApiDeploymentException | UncheckedIOException e) {
            System.err.println("Waymark cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (exitAfter != null) {
            System.out.println("Waymark started on " + server.uri() + " in "
                    + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms; " + EXIT_AFTER + " is set");
            StartupRequests.send(server.uri(), exitAfter).forEach(System.out::println);
            server.close();
            System.exit(0);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "waymark-shutdown"));
        System.out.println("Waymark serving on " + server.uri() + " (started in "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms)");
        stopped.await();
    }

    /**
     * Starts the APIs of the class path with the configured port and host.
     *
     * @return the running server
     * @throws ApiDeploymentException if an API cannot be deployed
     */
    public static Waymark start() {
        return builder().start();
    }

    /**
     * A builder, for choosing the port, the APIs or the classes to deploy in code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The URL the server answers on.
     *
     * @return such as {@code http://127.0.0.1:8080/}
     */
    public URI uri() {
        return uri;
    }

    /**
     * The URLs of the served APIs [DOMAIN-2-1], for code that has no CDI container to inject them.
     *
     * @return the URLs
     */
    public ApiUrls urls() {
        return new DefaultApiUrls(() -> deployment);
    }

    /**
     * The open connections of the served WebSocket APIs [WS-4-1], for code that has no CDI
     * container to inject them.
     *
     * @return the connections
     */
    public Connections connections() {
        return webSocketApis.connections();
    }

    /**
     * The port the server is bound to.
     *
     * @return the port, also when 0 was asked for
     */
    public int port() {
        return uri.getPort();
    }

    /**
     * The routes served, in precedence order.
     *
     * @return the routes
     */
    public List<RouteInfo> routes() {
        return deployment.routes();
    }

    /**
     * Serves a WebSocket endpoint on the same port as the APIs.
     *
     * @param endpoint the endpoint's configuration, with its path
     * @throws DeploymentException if the endpoint is invalid or its path is taken
     */
    public void addWebSocketEndpoint(ServerEndpointConfig endpoint) throws DeploymentException {
        webSockets.getWebSocketEngine().register(endpoint, "");
    }

    /**
     * Stops accepting connections, lets requests in progress finish (up to 10 seconds), then
     * stops CDI.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        webSocketApis.closeAll();
        try {
            http.shutdown(10, TimeUnit.SECONDS).get(15, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            http.shutdownNow();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "Graceful shutdown did not finish; stopping now", e);
            http.shutdownNow();
        } finally {
            stopTimeouts.run();
            webSocketApis.close();
            container.shutdown();
            LOG.log(Level.INFO, "Waymark on {0} stopped", uri);
        }
    }

    /** Chooses what the embedded runtime deploys and where it listens. */
    public static final class Builder {

        private Integer port;
        private String host;
        private final List<RouteTable> tables = new ArrayList<>();
        private final List<WebSocketRouteTable> webSocketTables = new ArrayList<>();
        private List<Class<?>> beanClasses;
        private ClassLoader classLoader;

        private Builder() {
        }

        /**
         * The port, instead of {@code waymark.port}.
         *
         * @param value the port; 0 picks a free one
         * @return this builder
         */
        public Builder port(int value) {
            this.port = value;
            return this;
        }

        /**
         * The host address to bind, instead of {@code waymark.host}.
         *
         * @param value such as {@code 127.0.0.1}
         * @return this builder
         */
        public Builder host(String value) {
            this.host = value;
            return this;
        }

        /**
         * One more API, given as a route table.
         *
         * @param table the table
         * @return this builder
         */
        public Builder api(RouteTable table) {
            tables.add(table);
            return this;
        }

        /**
         * One more WebSocket API, given as a route table [WS-1-3].
         *
         * @param table the table
         * @return this builder
         */
        public Builder webSocketApi(WebSocketRouteTable table) {
            webSocketTables.add(table);
            return this;
        }

        /**
         * Deploys exactly these classes as beans instead of discovering bean archives.
         *
         * @param classes the application's classes
         * @return this builder
         */
        public Builder beanClasses(Collection<Class<?>> classes) {
            this.beanClasses = List.copyOf(classes);
            return this;
        }

        /**
         * The class loader of the application.
         *
         * @param loader the loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        /**
         * Starts the server.
         *
         * @return the running server
         * @throws ApiDeploymentException if an API cannot be deployed
         * @throws UncheckedIOException if the port cannot be bound
         */
        public Waymark start() {
            WeldContainer container = startCdi();
            try {
                WaymarkExtension extension = container.getBeanManager().getExtension(WaymarkExtension.class);
                Deployment deployment = extension.deployment();
                for (RouteTable table : tables) {
                    deployment.addTable(table);
                }
                webSocketTables.forEach(extension::addWebSocketTable);
                if (deployment.routes().isEmpty()) {
                    LOG.log(Level.WARNING, "No API found: an application's @Api classes are discovered in jars and "
                            + "folders that have META-INF/beans.xml");
                }
                return serve(container, deployment, extension);
            } catch (RuntimeException e) {
                container.shutdown();
                throw e;
            }
        }

        private WeldContainer startCdi() {
            Weld weld = new Weld("waymark-" + CONTAINERS.incrementAndGet())
                    .property(Weld.SHUTDOWN_HOOK_SYSTEM_PROPERTY, false);
            if (classLoader != null) {
                weld.setClassLoader(classLoader);
            }
            if (beanClasses != null) {
                weld.disableDiscovery().addBeanClasses(beanClasses.toArray(Class<?>[]::new));
                ServiceLoader.load(Extension.class, classLoader != null ? classLoader : Waymark.class.getClassLoader())
                        .forEach(weld::addExtension);
            }
            try {
                return weld.initialize();
            } catch (RuntimeException e) {
                throw new ApiDeploymentException(deploymentMessage(e), e);
            }
        }

        private Waymark serve(WeldContainer container, Deployment deployment, WaymarkExtension extension) {
            WaymarkConfig config = extension.config();
            int chosenPort = port != null ? port : ConfigKeys.PORT.get();
            String chosenHost = host != null ? host : ConfigKeys.HOST.get();
            Dispatcher dispatcher = EmbeddedApplication.dispatcher(extension, container);
            URI bind = URI.create("http://" + chosenHost + ":" + chosenPort + "/");
            HttpServer http = EmbeddedApplication.server(bind, dispatcher, extension.requestFilters());
            mountJaxrsApplications(container.getBeanManager().getExtension(JaxrsApplications.class), http, dispatcher);
            NetworkListener listener = http.getListeners().iterator().next();
            Runnable stopTimeouts = EmbeddedApplication.configure(http);
            Optional<SSLEngineConfigurator> tls = TlsConfig.fromConfig();
            tls.ifPresent(engine -> {
                listener.setSecure(true);
                listener.setSSLEngineConfig(engine);
            });
            ServerContainer webSockets = new GrizzlyServerContainer().createContainer(null);
            listener.registerAddOn(PlainUpgradeFilter.addOn());
            listener.registerAddOn(WebSocketSupport.addOn(webSockets));
            WebSocketRuntime webSocketApis = extension.startWebSockets(new TyrusHandshakeHooks(), TyrusMessageSender.create());
            for (ServerEndpointConfig endpoint : webSocketApis.endpointConfigs()) {
                try {
                    webSockets.getWebSocketEngine().register(endpoint, "");
                } catch (DeploymentException e) {
                    throw new ApiDeploymentException("Cannot deploy the WebSocket endpoint " + endpoint.getPath() + ": " + e.getMessage(), e);
                }
            }
            try {
                http.start();
            } catch (IOException e) {
                stopTimeouts.run();
                throw new UncheckedIOException(cannotListen(chosenHost, chosenPort, e), e);
            }
            String shownHost = chosenHost.equals("0.0.0.0") ? "127.0.0.1" : chosenHost;
            URI uri = URI.create((tls.isPresent() ? "https://" : "http://") + shownHost + ":" + listener.getPort() + "/");
            deployment.servedAt(uri);
            LOG.log(Level.INFO, RouteTableLog.format(deployment.routes()));
            return new Waymark(container, http, webSockets, webSocketApis, deployment, uri, stopTimeouts);
        }

        /**
         * Serves the application's own JAX-RS applications beside its APIs, each at its path; root
         * resources without an application are not served, as on a server.
         */
        private static void mountJaxrsApplications(JaxrsApplications found, HttpServer http, Dispatcher dispatcher) {
            Set<Class<?>> classes = new HashSet<>(found.resources());
            classes.addAll(found.providers());
            for (Class<? extends jakarta.ws.rs.core.Application> application : found.applications()) {
                String path = EmbeddedApplication.mount(http, dispatcher, application, classes);
                LOG.log(Level.INFO, "JAX-RS application {0} at {1}", application.getName(), path);
            }
            if (found.applications().isEmpty() && !found.resources().isEmpty()) {
                LOG.log(Level.WARNING, "JAX-RS resources found ({0}) but no Application subclass with @ApplicationPath to serve "
                        + "them; add one, such as @ApplicationPath(\"/rest\")", found.resources().iterator().next().getName());
            }
        }

        private static String cannotListen(String host, int port, IOException failure) {
            String where = host + ":" + port;
            if (failure instanceof java.net.BindException && port != 0) {
                return "Cannot listen on " + where + ": port " + port + " is in use or not allowed; stop what holds it, or "
                        + "choose another port with waymark.port (0 picks a free one)";
            }
            return "Cannot listen on " + where + " (waymark.host, waymark.port): " + failure.getMessage();
        }

        private static String deploymentMessage(Throwable failure) {
            StringBuilder message = new StringBuilder();
            for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
                if (cause instanceof ApiDeploymentException) {
                    return cause.getMessage();
                }
                if (message.length() == 0 && cause.getMessage() != null) {
                    message.append(cause.getMessage());
                }
            }
            return Optional.of(message.toString()).filter(m -> !m.isEmpty()).orElse(failure.toString());
        }
    }
}
