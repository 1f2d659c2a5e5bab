package dev.waymark.server;

import java.net.URI;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.strategies.LeaderFollowerNIOStrategy;
import org.glassfish.grizzly.threadpool.GrizzlyExecutorService;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpContainer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.jboss.weld.context.RequestContext;
import org.jboss.weld.manager.api.WeldManager;
import org.jboss.weld.context.unbound.UnboundLiteral;
import org.jboss.weld.environment.se.WeldContainer;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.cdi.WaymarkExtension;
import dev.waymark.impl.dispatch.Dispatcher;
import dev.waymark.impl.dispatch.HandlerScope;
import dev.waymark.impl.dispatch.RootClaim;
import dev.waymark.impl.edge.RequestEdge;
import dev.waymark.impl.handler.Instances;
import dev.waymark.impl.jaxrs.ApplicationPaths;
import dev.waymark.impl.jaxrs.ResourceProviders;
import dev.waymark.impl.jaxrs.WaymarkApplication;
import dev.waymark.impl.log.AccessLogOutput;
import dev.waymark.impl.log.AccessLogWriter;

/**
 * How the embedded runtime assembles its Jersey application and its Grizzly listener, in one
 * place, for the runtime and for benchmarks that must measure exactly that assembly.
 */
public final class EmbeddedApplication {

    /**
     * The most of an unread request body the server reads and drops before closing the connection:
     * twice the default body limit, so that a body refused for being a little over the limit is
     * read to its end and the client reads its 413 (closed with the body still arriving, TCP resets
     * the connection, and a client still sending can lose the answer). Tomcat's
     * {@code maxSwallowSize} has the same default.
     */
    static final long MAX_REMAINDER_TO_SKIP = 2 * 1024 * 1024;

    /**
     * Jersey's setting that answers an exception no mapper takes with a bare status instead of
     * Grizzly's error page, so that {@link BadRequestGuard} answers it with a problem.
     */
    private static final String SET_STATUS_OVER_SEND_ERROR = "jersey.config.server.response.setStatusOverSendError";

    private EmbeddedApplication() {
    }

    /**
     * The dispatcher of an application's deployment, which runs each standard handler in an active
     * CDI request context and writes access log lines to standard output unless
     * {@code waymark.access-log.output} says otherwise.
     *
     * @param extension the application's Waymark extension
     * @param container the CDI container of the application
     * @return the dispatcher
     */
    public static Dispatcher dispatcher(WaymarkExtension extension, WeldContainer container) {
        AccessLogWriter accessLog = extension.accessLog();
        accessLog.defaultOutput(AccessLogOutput.CONSOLE);
        return new Dispatcher(extension.deployment(), extension.config(), requestScope(container), accessLog,
                extension.applicationContext());
    }

    /**
     * The runtime's HTTP server, not started: Grizzly with {@link #guard} in front of every request.
     * Jersey serves only an application with pre-matching request filters, which must see every
     * request but those of edge routes; without such filters nothing needs Jersey, which is then
     * not created at all.
     *
     * @param bind the address to listen on
     * @param dispatcher the deployment's dispatcher
     * @param requestFilters the application's pre-matching request filters
     * @return the server
     */
    public static HttpServer server(URI bind, Dispatcher dispatcher, Set<Class<?>> requestFilters) {
        if (requestFilters.isEmpty()) {
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(bind, (GrizzlyHttpContainer) null, false, null, false);
            RequestEdge edge = edge(http, dispatcher);
            AnswerWriter answers = new AnswerWriter(edge);
            http.getServerConfiguration().addHttpHandler(new BadRequestGuard(edge, answers, new DirectHandler(edge, answers, null, true)),
                    HttpHandlerRegistration.ROOT);
            return http;
        }
        HttpServer http = GrizzlyHttpServerFactory.createHttpServer(bind, create(dispatcher, requestFilters), false);
        guard(http, dispatcher, false);
        return http;
    }

    /**
     * The Jersey application that serves a deployment: the parts of {@link WaymarkApplication}, as
     * a web archive has them, with the runtime's dispatcher, at the server's root rather than at
     * the application's mount, which only a web archive needs.
     *
     * @param dispatcher the deployment's dispatcher
     * @param requestFilters the application's pre-matching request filters, which run before the router
     * @return the application
     */
    public static ResourceConfig create(Dispatcher dispatcher, Set<Class<?>> requestFilters) {
        WaymarkApplication application = new WaymarkApplication(dispatcher, requestFilters);
        return new ResourceConfig().registerClasses(application.getClasses()).registerInstances(application.getSingletons())
                .addProperties(application.getProperties());
    }

    /**
     * The runtime's Jersey settings ({@link WaymarkApplication#standaloneProperties()}), for
     * another Jersey application that must run as the runtime's does.
     *
     * @param resources a Jersey application
     * @return the same application
     */
    public static ResourceConfig withSettings(ResourceConfig resources) {
        return resources.addProperties(WaymarkApplication.standaloneProperties());
    }

    /**
     * The runtime's listener: strict HTTP/1.1 framing and the slow-client timeouts of
     * {@link HttpSettings} ({@link StrictHttpFilter}), bodies up to the body buffer read before
     * their handler runs ({@link BodyBufferFilter}), 64 KB of request line and headers (checked by
     * the framing filter, so Waymark, not Grizzly, answers an overlong path), no Grizzly keep-alive timeout, which would also
     * close idle WebSocket connections, and Grizzly's leader-follower strategy: the thread that
     * reads a request goes on to serve it while a worker thread takes over the selector, instead of
     * handing each request to a worker thread (a quarter less CPU per request, the same number of
     * threads; a handler that blocks holds one worker thread either way).
     *
     * @param http a server not started yet, with one listener, made by {@link #server} or given
     *        its handlers by {@link #guard}
     * @return what stops the listener's timeout checks, to be run when the server stops
     */
    public static Runnable configure(HttpServer http) {
        NetworkListener listener = http.getListeners().iterator().next();
        listener.setMaxHttpHeaderSize(2 * HttpSettings.MAX_HEAD_SIZE);
        listener.getKeepAlive().setIdleTimeoutInSeconds(-1);
        listener.getTransport().setIOStrategy(LeaderFollowerNIOStrategy.getInstance());
        HttpSettings settings = HttpSettings.load();
        StrictHttpFilter strict = new StrictHttpFilter(settings, listener.getMaxRequestHeaders(), () -> workWaits(listener));
        listener.registerAddOn(strict.addOn());
        EndedEarlyRequests endedEarly = http.getServerConfiguration().getHttpHandlersWithMapping().keySet().stream()
                .filter(BadRequestGuard.class::isInstance).map(handler -> ((BadRequestGuard) handler).endedEarly()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The server has no Waymark handler: make it with server() or guard() first"));
        listener.registerAddOn(BodyBufferFilter.addOn(settings.bodyBuffer(), endedEarly));
        http.getServerConfiguration().getMonitoringConfig().getWebServerConfig().addProbes(strict.probe());
        return strict::close;
    }

    /** Whether work of the listener waits for a worker thread: reads of bytes already received among it. */
    private static boolean workWaits(NetworkListener listener) {
        if (listener.getTransport().getWorkerThreadPool() instanceof GrizzlyExecutorService workers) {
            java.util.Queue<Runnable> waiting = workers.getConfiguration().getQueue();
            return waiting != null && !waiting.isEmpty();
        }
        return false;
    }

    /**
     * Puts {@link BadRequestGuard} and {@link DirectHandler} in front of the Jersey container the
     * server was created with, and closes a connection rather than read more than
     * {@value #MAX_REMAINDER_TO_SKIP} bytes of a request body left unread (a body refused with
     * 413): Grizzly would otherwise read and drop all of it, 200 MB for a 200 MB upload.
     *
     * @param http a server with Jersey's container at its root
     * @param dispatcher the dispatcher of the container's deployment, which serves edge routes
     * @param containerFree whether every request is served straight from Grizzly: not if the
     *        application has pre-matching request filters, which must see every request but those of
     *        edge routes
     */
    public static void guard(HttpServer http, Dispatcher dispatcher, boolean containerFree) {
        ServerConfiguration configuration = http.getServerConfiguration();
        RequestEdge edge = edge(http, dispatcher);
        AnswerWriter answers = new AnswerWriter(edge);
        for (HttpHandler handler : java.util.List.copyOf(configuration.getHttpHandlersWithMapping().keySet())) {
            HttpHandlerRegistration[] registrations = configuration.getHttpHandlersWithMapping().get(handler);
            configuration.removeHttpHandler(handler);
            configuration.addHttpHandler(new BadRequestGuard(edge, answers, new DirectHandler(edge, answers, handler, containerFree)),
                    registrations);
        }
    }

    /**
     * Serves a JAX-RS application of the application's own at its {@link ApplicationPath}, beside
     * Waymark's APIs, as a web archive has it on a server [JAXRS-1-2]: at a path of its own, it
     * takes the requests under that path; at the root, those none of Waymark's routes takes. Its
     * classes are those it lists, else the resources and providers found, and Waymark's providers
     * apply to its resources as a server's scanning would find them ({@link ResourceProviders}).
     * {@link BadRequestGuard} stands in front of it, as of Waymark's own container.
     *
     * @param http the server, not started yet, made by {@link #server}
     * @param dispatcher the deployment's dispatcher, which answers requests the guard refuses
     * @param type the application's class
     * @param found the resources and providers found, for an application that lists no classes
     * @return the context path it is served at
     * @throws ApiDeploymentException if its path is another application's, or it is at the root
     *         beside a {@code $default} route at the root
     */
    public static String mount(HttpServer http, Dispatcher dispatcher, Class<? extends Application> type, Set<Class<?>> found) {
        String declared = type.getAnnotation(ApplicationPath.class).value();
        ServerConfiguration configuration = http.getServerConfiguration();
        if (ApplicationPaths.atRoot(declared)) {
            RootClaim claim = new RootClaim(dispatcher.deployment(), dispatcher.targets());
            claim.takingEverything().ifPresent(route -> {
                throw ApplicationPaths.rootShadowed(type, declared, route.toString());
            });
            rootHandler(configuration).shareRoot(container(type, found), type.getName(), claim);
            return "/";
        }
        String contextPath = ApplicationPaths.contextPath(declared);
        for (HttpHandlerRegistration[] taken : configuration.getHttpHandlersWithMapping().values()) {
            for (HttpHandlerRegistration registration : taken) {
                if (contextPath.equals(registration.getContextPath())) {
                    throw new ApiDeploymentException("Two JAX-RS applications have the path " + contextPath + "; give "
                            + type.getName() + " a path of its own");
                }
            }
        }
        RequestEdge edge = edge(http, dispatcher);
        configuration.addHttpHandler(new BadRequestGuard(edge, new AnswerWriter(edge), container(type, found)),
                HttpHandlerRegistration.builder().contextPath(contextPath).build());
        return contextPath;
    }

    /** The Jersey container of a JAX-RS application of the application's own. */
    private static GrizzlyHttpContainer container(Class<? extends Application> type, Set<Class<?>> found) {
        Application application = (Application) Instances.create(type);
        ResourceConfig resources = ResourceConfig.forApplication(application);
        if (application.getClasses().isEmpty() && application.getSingletons().isEmpty()) {
            resources.registerClasses(found);
        }
        resources.registerClasses(ResourceProviders.all()).property(SET_STATUS_OVER_SEND_ERROR, true);
        return ContainerFactory.createContainer(GrizzlyHttpContainer.class, resources);
    }

    /** The handler that serves Waymark's APIs at the server's root. */
    private static DirectHandler rootHandler(ServerConfiguration configuration) {
        for (var handler : configuration.getHttpHandlersWithMapping().entrySet()) {
            for (HttpHandlerRegistration registration : handler.getValue()) {
                if (registration.getContextPath().isEmpty() && handler.getKey() instanceof BadRequestGuard guard
                        && guard.container() instanceof DirectHandler direct) {
                    return direct;
                }
            }
        }
        throw new IllegalStateException("The server has no Waymark handler at its root: make it with server() first");
    }

    /** The request edge of a server's handlers, with the most of an unread body the server reads and drops. */
    private static RequestEdge edge(HttpServer http, Dispatcher dispatcher) {
        http.getServerConfiguration().setMaxPayloadRemainderToSkip(MAX_REMAINDER_TO_SKIP);
        return new RequestEdge(dispatcher);
    }

    /**
     * Runs each standard handler in a CDI request context of its own, unless the request already has
     * one: a request Jersey serves has the one Jersey's Weld request scope opened.
     */
    private static HandlerScope requestScope(WeldContainer container) {
        RequestContext requestContext = container.select(RequestContext.class, UnboundLiteral.INSTANCE).get();
        WeldManager beans = (WeldManager) container.getBeanManager();
        return invocation -> {
            if (beans.isContextActive(RequestScoped.class)) {
                return invocation.call();
            }
            requestContext.activate();
            try {
                return invocation.call();
            } finally {
                requestContext.invalidate();
                requestContext.deactivate();
            }
        };
    }
}
