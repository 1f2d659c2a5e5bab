package dev.waymark.impl.deploy;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteInfo;
import dev.waymark.RouteTable;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.handler.ApiClass;
import dev.waymark.impl.handler.DeclaredRoute;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.limit.RateLimiter;
import dev.waymark.impl.limit.RateLimiters;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.route.DomainRouters;
import dev.waymark.impl.route.HostPattern;
import dev.waymark.impl.route.Router;
import dev.waymark.impl.route.SegmentPattern;
import dev.waymark.impl.config.ConfigKeys;

/**
 * Every API of one application and the routers over all of their routes, one per domain. Routes added to a
 * deployed table are validated against the whole deployment and served from the next request on.
 */
public final class Deployment {

    private final List<ApiClass> classes;
    private final RouteSettings defaults;
    private volatile List<DefaultRouteTable> tables;
    private volatile DomainRouters<BoundEndpoint> routers;
    private volatile boolean edgeRoutes;
    private volatile Map<String, HostPattern> domains = Map.of();
    private volatile URI baseUrl;
    private final RateLimiters limiters;
    private DefaultRouteTable replaced;
    private ApiAuthorizers replacement;

    private Deployment(List<ApiClass> classes, List<DefaultRouteTable> tables, RouteSettings defaults, RateLimiters limiters) {
        this.limiters = limiters;
        this.classes = List.copyOf(classes);
        this.defaults = defaults;
        this.tables = List.copyOf(tables);
    }

    /**
     * Deploys APIs.
     *
     * @param classes the API classes
     * @param tables the route tables
     * @param defaults the settings of a route that declares none
     * @return the deployment
     * @throws ApiDeploymentException if two APIs share a name or two routes clash
     */
    public static Deployment of(List<ApiClass> classes, List<RouteTable> tables, RouteSettings defaults) {
        return of(classes, tables, defaults, RateLimiters.local());
    }

    /**
     * Deploys APIs with their rate limits kept where they are given.
     *
     * @param classes the API classes
     * @param tables the route tables
     * @param defaults the settings of a route that declares none
     * @param limiters where the routes' rate limits keep their buckets
     * @return the deployment
     * @throws ApiDeploymentException if two APIs share a name or two routes clash
     */
    public static Deployment of(List<ApiClass> classes, List<RouteTable> tables, RouteSettings defaults, RateLimiters limiters) {
        List<DefaultRouteTable> own = new ArrayList<>();
        for (RouteTable table : tables) {
            own.add(table.unwrap(DefaultRouteTable.Handle.class).table());
        }
        checkNames(classes, own);
        Deployment deployment = new Deployment(classes, own, defaults, limiters);
        deployment.use(deployment.collect(null, List.of()));
        for (DefaultRouteTable table : own) {
            table.attach(deployment);
        }
        return deployment;
    }

    /**
     * The current router of a request's host [DOMAIN-1-2].
     *
     * @param hostHeader the request's {@code Host} header, or null
     * @return the router of the domain the host matches, else that of the APIs bound to none
     */
    public Router<BoundEndpoint> router(String hostHeader) {
        return routers.forHost(HostPattern.hostOf(hostHeader));
    }

    /**
     * The domain an API is bound to: {@code waymark.api.<name>.domain}, else its declaration.
     *
     * @param api the API's name
     * @return the domain, or empty if it is bound to none
     */
    public Optional<HostPattern> domain(String api) {
        return Optional.ofNullable(domains.get(api));
    }

    /**
     * The base URL the application is served at, if known.
     *
     * @return such as {@code http://localhost:8080/}
     */
    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    /**
     * Records the base URL the application is served at, as a runtime that binds its own address
     * knows it.
     *
     * @param url the base URL
     */
    public void servedAt(URI url) {
        baseUrl = url;
    }

    /**
     * The base path of an API.
     *
     * @param api the API's name
     * @return the base path, starting with {@code /}, or empty if no API has that name
     */
    public Optional<String> basePath(String api) {
        for (ApiClass type : classes) {
            if (type.name().equals(api)) {
                return Optional.of("/" + String.join("/", type.basePath()));
            }
        }
        for (DefaultRouteTable table : tables) {
            if (table.name().equals(api)) {
                return Optional.of(table.basePath());
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a runtime that serves some requests straight from its HTTP server, without its JAX-RS
     * container, serves any: all of them if nothing of the container must see them, else those of
     * edge routes.
     *
     * @param containerFree whether nothing of the container must see requests (the application has
     *        no pre-matching request filters)
     * @return {@code true} if some requests are served directly
     */
    public boolean hasDirectRoutes(boolean containerFree) {
        return containerFree || edgeRoutes;
    }

    /**
     * The served routes in precedence order.
     *
     * @return the routes
     */
    public List<RouteInfo> routes() {
        return routers.routes().stream().<RouteInfo>map(RouteDescription::new).toList();
    }

    /**
     * Deploys one more API, given as a route table.
     *
     * @param table the table
     * @throws ApiDeploymentException if an API of that name is deployed, or a route clashes
     */
    public synchronized void addTable(RouteTable table) {
        DefaultRouteTable own = table.unwrap(DefaultRouteTable.Handle.class).table();
        List<DefaultRouteTable> extended = new ArrayList<>(tables);
        extended.add(own);
        checkNames(classes, extended);
        List<DefaultRouteTable> previous = tables;
        tables = List.copyOf(extended);
        try {
            use(collect(null, List.of()));
        } catch (ApiDeploymentException e) {
            tables = previous;
            throw e;
        }
        own.attach(this);
    }

    synchronized void addRoutes(DefaultRouteTable table, List<DeclaredRoute> added) {
        use(collect(table, added));
    }

    synchronized void replaceAuthorizers(DefaultRouteTable table, ApiAuthorizers authorizers) {
        replaced = table;
        replacement = authorizers;
        try {
            use(collect(null, List.of()));
        } finally {
            replaced = null;
            replacement = null;
        }
    }

    private void use(List<Route<BoundEndpoint>> routes) {
        Map<String, HostPattern> bound = new HashMap<>();
        for (ApiClass api : classes) {
            domainOf(api.name(), api.domain()).ifPresent(domain -> bound.put(api.name(), domain));
        }
        for (DefaultRouteTable table : tables) {
            domainOf(table.name(), table.domain()).ifPresent(domain -> bound.put(table.name(), domain));
        }
        DomainRouters<BoundEndpoint> next = DomainRouters.of(routes, bound::get);
        edgeRoutes = next.routes().stream().anyMatch(route -> route.handler().settings().isEdge());
        domains = Map.copyOf(bound);
        routers = next;
    }

    private static Optional<HostPattern> domainOf(String api, Optional<String> declared) {
        return ConfigKeys.API_DOMAIN.of(api).value().or(() -> declared)
                .filter(domain -> !domain.isBlank())
                .map(domain -> HostPattern.parse(domain, "API " + api));
    }

    private List<Route<BoundEndpoint>> collect(DefaultRouteTable extended, List<DeclaredRoute> added) {
        List<Route<BoundEndpoint>> routes = new ArrayList<>();
        for (ApiClass api : classes) {
            for (DeclaredRoute route : api.routes()) {
                routes.add(qualify(api.name(), api.basePath(), route, defaults, api.authorizers(), limiters));
            }
        }
        for (DefaultRouteTable table : tables) {
            ApiAuthorizers authorizers = table == replaced ? replacement : table.authorizers();
            for (DeclaredRoute route : table.declaredRoutes()) {
                routes.add(qualify(table.name(), table.baseSegments(), route, defaults, authorizers, limiters));
            }
            if (table == extended) {
                for (DeclaredRoute route : added) {
                    routes.add(qualify(table.name(), table.baseSegments(), route, defaults, authorizers, limiters));
                }
            }
        }
        return routes;
    }

    static Route<BoundEndpoint> qualify(String api, List<String> base, DeclaredRoute route, RouteSettings defaults,
            ApiAuthorizers authorizers, RateLimiters limiters) {
        RouteSettings settings = route.settings().apply(defaults);
        String where = "Route \"" + route.declaredKey() + "\" of API " + api;
        RouteGuard guard = authorizers.guard(settings.auth(), route.declaredKey(), where, settings.isEdge());
        RateLimiter limiter = RateLimiter.of(settings.rateLimit(), where, guard != null);
        BoundEndpoint bound = new BoundEndpoint(route.endpoint(), settings, guard,
                limiter == null ? null : limiters.of(api + " " + route.declaredKey() + " " + limiter.policy(), limiter));
        return new Route<>(route.key().under(base), route.declaredKey(), api, base, bound, route.endpoint().description());
    }

    /**
     * The shape of a key: two keys with the same shape clash.
     *
     * @param key the key
     * @return the method and the path with parameter names left out
     */
    static String shape(RouteKey key) {
        if (key.isDefault()) {
            return RouteKey.DEFAULT;
        }
        StringBuilder shape = new StringBuilder(key.method()).append(' ');
        for (SegmentPattern segment : key.segments()) {
            shape.append('/').append(switch (segment.kind()) {
                case LITERAL -> segment.value();
                case PARAM -> "{}";
                case GREEDY -> "{+}";
                case OPTIONAL -> "{*}";
            });
        }
        return shape.toString();
    }

    private static void checkNames(List<ApiClass> classes, List<DefaultRouteTable> tables) {
        Map<String, String> owners = new HashMap<>();
        for (ApiClass api : classes) {
            claim(owners, api.name(), api.type().getName());
        }
        for (DefaultRouteTable table : tables) {
            claim(owners, table.name(), "route table " + table.name());
        }
    }

    private static void claim(Map<String, String> owners, String name, String owner) {
        String previous = owners.putIfAbsent(name, owner);
        if (previous != null) {
            throw new ApiDeploymentException("Two APIs are named '" + name + "': " + previous + " and " + owner
                    + "; give one of them another name");
        }
    }
}
