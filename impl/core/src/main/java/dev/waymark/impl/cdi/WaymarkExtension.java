package dev.waymark.impl.cdi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.spi.AfterBeanDiscovery;
import jakarta.enterprise.inject.spi.AfterDeploymentValidation;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeforeShutdown;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.enterprise.inject.spi.Extension;
import jakarta.enterprise.inject.spi.ProcessAnnotatedType;
import jakarta.enterprise.inject.spi.ProcessBean;
import jakarta.enterprise.inject.spi.ProcessManagedBean;
import jakarta.enterprise.inject.spi.ProcessSyntheticAnnotatedType;
import jakarta.enterprise.inject.spi.WithAnnotations;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import dev.waymark.Api;
import dev.waymark.ApiDeploymentException;
import dev.waymark.ApiUrls;
import dev.waymark.RouteTable;
import dev.waymark.auth.Authorizer;
import dev.waymark.graphql.SubscriptionEvents;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.config.WaymarkConfig;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.deploy.DefaultApiUrls;
import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.events.TopicEvents;
import dev.waymark.impl.dispatch.ApplicationContext;
import dev.waymark.impl.handler.ApiClass;
import dev.waymark.impl.handler.Instances;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.limit.RateLimiters;
import dev.waymark.impl.limit.SharedBuckets;
import dev.waymark.impl.log.AccessLogWriter;
import dev.waymark.impl.websocket.ConnectionsRoutes;
import dev.waymark.impl.websocket.DefaultWebSocketRouteTable;
import dev.waymark.impl.websocket.HandshakeHooks;
import dev.waymark.impl.websocket.InMemoryConnectionRegistry;
import dev.waymark.impl.websocket.LateConnections;
import dev.waymark.impl.websocket.MessageSender;
import dev.waymark.impl.websocket.WebSocketApiClass;
import dev.waymark.impl.websocket.WebSocketRuntime;
import dev.waymark.spi.Cluster;
import dev.waymark.spi.ConnectionRegistry;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRouteTable;

/**
 * Finds the APIs of a CDI application, the {@link Api} beans and the {@link RouteTable} beans,
 * and deploys them after CDI validated the application. A declaration error becomes a CDI
 * deployment problem, so the whole application fails to deploy.
 *
 * <p>Beans are collected as the container announces them, not looked up afterwards: in a web
 * archive the extension's own bean manager (that of the library jar) need not see the beans of
 * {@code WEB-INF/classes}.
 */
public class WaymarkExtension implements Extension {

    private final List<Class<?>> apiClasses = new ArrayList<>();
    private final List<Class<?>> webSocketClasses = new ArrayList<>();
    private volatile List<WebSocketApiClass> webSocketApis = List.of();
    private volatile WebSocketRuntime webSocketRuntime;
    private volatile AccessLogWriter accessLog;
    private volatile ApplicationContext applicationContext;
    private final Map<Class<?>, Bean<?>> apiBeans = new LinkedHashMap<>();
    private final List<Bean<?>> tableBeans = new ArrayList<>();
    private final List<Bean<?>> webSocketTableBeans = new ArrayList<>();
    private final List<Bean<?>> authorizerBeans = new ArrayList<>();
    /** The shared map of the rate limits' buckets in a cluster. */
    private static final String RATE_LIMITS = "waymark.rate-limits";

    private final List<Bean<?>> registryBeans = new ArrayList<>();
    private final List<Bean<?>> clusterBeans = new ArrayList<>();
    private volatile RateLimiters rateLimiters = RateLimiters.local();
    private volatile Cluster cluster;
    private volatile ConnectionRegistry connectionRegistry;
    private final Set<Class<?>> requestFilters = new LinkedHashSet<>();
    private volatile Deployment deployment;
    private volatile WaymarkConfig config;

    void collectType(@Observes @WithAnnotations({Api.class, WebSocketApi.class}) ProcessAnnotatedType<?> event) {
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (type.isAnnotationPresent(Api.class)) {
            apiClasses.add(type);
        }
        if (type.isAnnotationPresent(WebSocketApi.class)) {
            webSocketClasses.add(type);
        }
    }

    /**
     * Collects the application's pre-matching JAX-RS request filters, which run before Waymark's
     * router, so they can authenticate requests for container authorizers [AUTH-4-1]. Types other
     * extensions add (a server's own JAX-RS features, such as Payara's Jakarta MVC filters) are
     * not the application's and stay out.
     */
    void collectRequestFilter(@Observes @WithAnnotations(Provider.class) ProcessAnnotatedType<?> event) {
        if (event instanceof ProcessSyntheticAnnotatedType<?>) {
            return;
        }
        Class<?> type = event.getAnnotatedType().getJavaClass();
        if (type.isAnnotationPresent(Provider.class) && type.isAnnotationPresent(PreMatching.class)
                && ContainerRequestFilter.class.isAssignableFrom(type)) {
            requestFilters.add(type);
        }
    }

    void collectBean(@Observes ProcessBean<?> event) {
        Bean<?> bean = event.getBean();
        if (event instanceof ProcessManagedBean<?>
                && (bean.getBeanClass().isAnnotationPresent(Api.class) || bean.getBeanClass().isAnnotationPresent(WebSocketApi.class))) {
            apiBeans.put(bean.getBeanClass(), bean);
        }
        if (bean.getTypes().contains(RouteTable.class)) {
            tableBeans.add(bean);
        }
        if (bean.getTypes().contains(WebSocketRouteTable.class)) {
            webSocketTableBeans.add(bean);
        }
        if (bean.getTypes().contains(Authorizer.class)) {
            authorizerBeans.add(bean);
        }
        if (bean.getTypes().contains(ConnectionRegistry.class)) {
            registryBeans.add(bean);
        }
        if (bean.getTypes().contains(Cluster.class)) {
            clusterBeans.add(bean);
        }
    }

    /** Makes {@link ApiUrls} [DOMAIN-2-1], {@link Connections} [WS-4-1] and {@link SubscriptionEvents} [GQL-6-1] beans. */
    void addBeans(@Observes AfterBeanDiscovery event) {
        event.addBean().beanClass(DefaultApiUrls.class).types(ApiUrls.class, Object.class).scope(ApplicationScoped.class)
                .createWith(context -> new DefaultApiUrls(this::deployment));
        event.addBean().beanClass(LateConnections.class).types(Connections.class, Object.class).scope(ApplicationScoped.class)
                .createWith(context -> new LateConnections(() -> webSocketRuntime().connections()));
        event.addBean().beanClass(TopicEvents.class).types(SubscriptionEvents.class, Object.class).scope(ApplicationScoped.class)
                .createWith(context -> new TopicEvents(cluster, config().json(), applicationContext().capture()))
                .destroyWith((events, context) -> ((TopicEvents) events).close());
    }

    void deploy(@Observes AfterDeploymentValidation event, BeanManager beans) {
        try {
            config = WaymarkConfig.load();
            connectionRegistry = connectionRegistry(beans);
            cluster = cluster(beans).orElse(null);
            rateLimiters = cluster == null ? RateLimiters.local()
                    : RateLimiters.sharedIn(new SharedBuckets(cluster.map(RATE_LIMITS), ConfigKeys.CLUSTER_RATE_LIMIT_FAILS_OPEN.get()));
            RouteSettings defaults = RouteSettings.defaults();
            List<ApiClass> classes = new ArrayList<>();
            for (Class<?> type : apiClasses) {
                Bean<?> bean = apiBeans.get(type);
                if (bean == null) {
                    throw new ApiDeploymentException("The API class " + type.getName() + " is not a CDI bean; "
                            + "give it a public no-argument constructor, or an @Inject constructor");
                }
                Object reference = beans.getReference(bean, type, beans.createCreationalContext(bean));
                ApiClass api = ApiClass.read(type, () -> reference, wanted -> instance(beans, wanted));
                classes.add(api);
                if (hasEdgeRoutes(api, defaults)) {
                    initialize(reference, type);
                }
            }
            List<WebSocketApiClass> sockets = new ArrayList<>();
            for (ApiClass api : classes) {
                api.subscriptions().ifPresent(subscriptions -> sockets.add(subscriptionEndpoint(api, subscriptions)));
            }
            for (Class<?> type : webSocketClasses) {
                Bean<?> bean = apiBeans.get(type);
                if (bean == null) {
                    throw new ApiDeploymentException("The WebSocket API class " + type.getName() + " is not a CDI bean; "
                            + "give it a public no-argument constructor, or an @Inject constructor");
                }
                Object reference = beans.getReference(bean, type, beans.createCreationalContext(bean));
                sockets.add(WebSocketApiClass.read(type, () -> reference, wanted -> instance(beans, wanted)));
            }
            for (Bean<?> bean : webSocketTableBeans) {
                WebSocketRouteTable table = (WebSocketRouteTable) beans.getReference(bean, WebSocketRouteTable.class,
                        beans.createCreationalContext(bean));
                sockets.add(table.unwrap(DefaultWebSocketRouteTable.Handle.class).table().api());
            }
            webSocketApis = List.copyOf(sockets);
            List<RouteTable> tables = new ArrayList<>();
            for (Bean<?> bean : tableBeans) {
                tables.add((RouteTable) beans.getReference(bean, RouteTable.class, beans.createCreationalContext(bean)));
            }
            for (WebSocketApiClass socket : sockets) {
                connectionsEndpoint(socket).ifPresent(tables::add);
            }
            deployment = Deployment.of(classes, tables, defaults, rateLimiters);
            accessLog = AccessLogWriter.from();
            applicationContext = ApplicationContext.ofCurrentApplication();
        } catch (ApiDeploymentException e) {
            event.addDeploymentProblem(e);
        }
    }

    /**
     * The WebSocket endpoint of a GraphQL route's subscriptions [GQL-4-1], guarded by its API's
     * authorizer and origins.
     */
    private WebSocketApiClass subscriptionEndpoint(ApiClass api, ApiClass.Subscriptions subscriptions) {
        String where = "The GraphQL subscriptions of API " + api.name() + " at " + subscriptions.path();
        RouteGuard guard = api.authorizers().guard(subscriptions.authorizer(), "GET " + subscriptions.path(), where, false);
        CorsRules origins = subscriptions.cors().map(policy -> CorsRules.of(policy, where)).orElse(CorsRules.ALLOW_ALL);
        return WebSocketApiClass.forProtocol(api.name() + "-subscriptions", subscriptions.path(), subscriptions.protocol(), guard, origins,
                () -> webSocketRuntime().connections());
    }

    /**
     * The instance of a custom authorizer's class a JAX-RS resource names: its CDI bean, else a new
     * instance made with its public no-argument constructor.
     *
     * @param wanted the class
     * @return the instance
     */
    public Object customAuthorizer(Class<?> wanted) {
        return instance(CDI.current().getBeanManager(), wanted);
    }

    /**
     * The bean of a class an API names (a custom authorizer), else a new instance made with its
     * public no-argument constructor.
     */
    private Object instance(BeanManager beans, Class<?> wanted) {
        for (Bean<?> bean : authorizerBeans) {
            if (bean.getTypes().contains(wanted)) {
                return beans.getReference(bean, wanted, beans.createCreationalContext(bean));
            }
        }
        return Instances.create(wanted);
    }

    private static boolean hasEdgeRoutes(ApiClass api, RouteSettings defaults) {
        return api.routes().stream().anyMatch(route -> route.settings().apply(defaults).isEdge());
    }

    /**
     * Creates the instance behind a client proxy now, by calling it, so an API with edge routes is
     * ready before the first request [RUNTIME-1-4] and a bean that cannot be created fails deployment.
     */
    private static void initialize(Object reference, Class<?> type) {
        try {
            reference.toString();
        } catch (RuntimeException e) {
            throw new ApiDeploymentException("The API " + type.getName() + " has edge routes, which are ready at start-up, "
                    + "but its bean cannot be created: " + e, e);
        }
    }

    /**
     * The deployed APIs.
     *
     * @return the deployment
     * @throws IllegalStateException before CDI finished deploying, or if deployment failed
     */
    public Deployment deployment() {
        Deployment deployed = deployment;
        if (deployed == null) {
            throw new IllegalStateException("The Waymark APIs of this application are not deployed");
        }
        return deployed;
    }

    /**
     * The WebSocket APIs of the application.
     *
     * @return the APIs read at deployment
     */
    public List<WebSocketApiClass> webSocketApis() {
        return webSocketApis;
    }

    /**
     * Adds a WebSocket route table given to the runtime directly, before the WebSocket runtime
     * starts [WS-1-3]; its management endpoint, if it has one, joins the deployment.
     *
     * @param table the table
     * @throws IllegalStateException if the WebSocket runtime has started
     * @throws ApiDeploymentException if a setting of the table is invalid
     */
    public synchronized void addWebSocketTable(WebSocketRouteTable table) {
        if (webSocketRuntime != null) {
            throw new IllegalStateException("The WebSocket APIs of this application have started; add WebSocket route tables before");
        }
        WebSocketApiClass api = table.unwrap(DefaultWebSocketRouteTable.Handle.class).table().api();
        List<WebSocketApiClass> extended = new ArrayList<>(webSocketApis);
        extended.add(api);
        webSocketApis = List.copyOf(extended);
        connectionsEndpoint(api).ifPresent(deployment()::addTable);
    }

    private Optional<RouteTable> connectionsEndpoint(WebSocketApiClass api) {
        return api.connectionsEndpoint() == null ? Optional.empty()
                : Optional.of(ConnectionsRoutes.table(api, () -> webSocketRuntime().connections()));
    }

    /**
     * Starts the WebSocket runtime of the application, once, with what its container supplies.
     *
     * @param hooks the container's handshake hooks
     * @param sender how the container writes messages
     * @return the runtime, whose endpoint configurations the caller registers
     */
    public synchronized WebSocketRuntime startWebSockets(HandshakeHooks hooks, MessageSender sender) {
        if (webSocketRuntime == null) {
            webSocketRuntime = new WebSocketRuntime(webSocketApis, connectionRegistry, hooks, sender, accessLog(), config().json(), cluster,
                    Duration.ofMillis(ConfigKeys.CLUSTER_REQUEST_TIMEOUT.get()));
        }
        return webSocketRuntime;
    }

    /**
     * The rate limiters of the application's routes and resources: in memory, or shared by the
     * nodes of its cluster [LIMIT-3-1].
     *
     * @return the limiters
     */
    public RateLimiters rateLimiters() {
        return rateLimiters;
    }

    /**
     * The cluster the application is a node of [LIMIT-3-1]: its {@link Cluster} bean, if it has
     * one.
     */
    private Optional<Cluster> cluster(BeanManager beans) {
        if (clusterBeans.size() > 1) {
            throw new ApiDeploymentException("The application declares " + clusterBeans.size() + " Cluster beans ("
                    + clusterBeans.stream().map(bean -> bean.getBeanClass().getName()).sorted().toList() + "); keep one");
        }
        if (clusterBeans.isEmpty()) {
            String engine = ConfigKeys.CLUSTER_ENGINE.get();
            if (!engine.equals("none")) {
                throw new ApiDeploymentException(ConfigKeys.CLUSTER_ENGINE.name() + "=" + engine + ", but no module of that engine is "
                        + "on the class path; add dev.waymark:waymark-impl-cluster-" + engine);
            }
            return Optional.empty();
        }
        Bean<?> bean = clusterBeans.get(0);
        return Optional.of((Cluster) beans.getReference(bean, Cluster.class, beans.createCreationalContext(bean)));
    }

    /**
     * Where the application's open connections are kept [WS-4-3]: its own {@link ConnectionRegistry}
     * bean, else in memory.
     */
    private ConnectionRegistry connectionRegistry(BeanManager beans) {
        if (registryBeans.size() > 1) {
            throw new ApiDeploymentException("The application declares " + registryBeans.size() + " ConnectionRegistry beans ("
                    + registryBeans.stream().map(bean -> bean.getBeanClass().getName()).sorted().toList() + "); keep one");
        }
        if (registryBeans.isEmpty()) {
            return new InMemoryConnectionRegistry();
        }
        Bean<?> bean = registryBeans.get(0);
        return (ConnectionRegistry) beans.getReference(bean, ConnectionRegistry.class, beans.createCreationalContext(bean));
    }

    /**
     * The application's access log writer, shared by its HTTP routes and its WebSocket events,
     * opened at deployment.
     *
     * @return the writer
     */
    public AccessLogWriter accessLog() {
        AccessLogWriter writer = accessLog;
        if (writer == null) {
            throw new IllegalStateException("The Waymark APIs of this application are not deployed");
        }
        return writer;
    }

    /**
     * The context the application's answers given later are finished in [RESP-3-3], found at
     * deployment.
     *
     * @return the application's context
     */
    public ApplicationContext applicationContext() {
        ApplicationContext context = applicationContext;
        if (context == null) {
            throw new IllegalStateException("The Waymark APIs of this application are not deployed");
        }
        return context;
    }

    /** Writes the access log lines still queued when the application stops. */
    void stop(@Observes BeforeShutdown event) {
        AccessLogWriter writer = accessLog;
        if (writer != null) {
            writer.close();
        }
    }

    private WebSocketRuntime webSocketRuntime() {
        WebSocketRuntime started = webSocketRuntime;
        if (started == null) {
            throw new IllegalStateException("The WebSocket APIs of this application are not started");
        }
        return started;
    }

    /**
     * The application's {@code @Provider @PreMatching} request filters, which the JAX-RS
     * application registers ahead of Waymark's router.
     *
     * @return the filter classes
     */
    public Set<Class<?>> requestFilters() {
        return Set.copyOf(requestFilters);
    }

    /**
     * The configuration read at deployment.
     *
     * @return the configuration
     */
    public WaymarkConfig config() {
        return config == null ? WaymarkConfig.load() : config;
    }
}
