package dev.waymark.impl.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.waymark.ApiDeploymentException;
import dev.waymark.RouteInfo;
import dev.waymark.RouteTable;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.handler.ApiClass;
import dev.waymark.impl.handler.DeclaredRoute;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.route.Router;
import dev.waymark.impl.route.SegmentPattern;

/**
 * Every API of one application and the router over all of their routes. Routes added to a
 * deployed table are validated against the whole deployment and served from the next request on.
 */
public final class Deployment {

    private final List<ApiClass> classes;
    private final RouteSettings defaults;
    private volatile List<DefaultRouteTable> tables;
    private volatile Router<BoundEndpoint> router;
    private volatile boolean edgeRoutes;
    private DefaultRouteTable replaced;
    private ApiAuthorizers replacement;

    private Deployment(List<ApiClass> classes, List<DefaultRouteTable> tables, RouteSettings defaults) {
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
        List<DefaultRouteTable> own = new ArrayList<>();
        for (RouteTable table : tables) {
            own.add(table.unwrap(DefaultRouteTable.Handle.class).table());
        }
        checkNames(classes, own);
        Deployment deployment = new Deployment(classes, own, defaults);
        deployment.use(Router.of(deployment.collect(null, List.of())));
        for (DefaultRouteTable table : own) {
            table.attach(deployment);
        }
        return deployment;
    }

    /**
     * The current router.
     *
     * @return the router
     */
    public Router<BoundEndpoint> router() {
        return router;
    }

    /**
     * Whether any served route runs on the edge runtime.
     *
     * @return {@code true} if one does
     */
    public boolean hasEdgeRoutes() {
        return edgeRoutes;
    }

    /**
     * The served routes in precedence order.
     *
     * @return the routes
     */
    public List<RouteInfo> routes() {
        return router.routes().stream().<RouteInfo>map(RouteDescription::new).toList();
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
            use(Router.of(collect(null, List.of())));
        } catch (ApiDeploymentException e) {
            tables = previous;
            throw e;
        }
        own.attach(this);
    }

    synchronized void addRoutes(DefaultRouteTable table, List<DeclaredRoute> added) {
        use(Router.of(collect(table, added)));
    }

    synchronized void replaceAuthorizers(DefaultRouteTable table, ApiAuthorizers authorizers) {
        replaced = table;
        replacement = authorizers;
        try {
            use(Router.of(collect(null, List.of())));
        } finally {
            replaced = null;
            replacement = null;
        }
    }

    private void use(Router<BoundEndpoint> next) {
        edgeRoutes = next.routes().stream().anyMatch(route -> route.handler().settings().isEdge());
        router = next;
    }

    private List<Route<BoundEndpoint>> collect(DefaultRouteTable extended, List<DeclaredRoute> added) {
        List<Route<BoundEndpoint>> routes = new ArrayList<>();
        for (ApiClass api : classes) {
            for (DeclaredRoute route : api.routes()) {
                routes.add(qualify(api.name(), api.basePath(), route, defaults, api.authorizers()));
            }
        }
        for (DefaultRouteTable table : tables) {
            ApiAuthorizers authorizers = table == replaced ? replacement : table.authorizers();
            for (DeclaredRoute route : table.declaredRoutes()) {
                routes.add(qualify(table.name(), table.baseSegments(), route, defaults, authorizers));
            }
            if (table == extended) {
                for (DeclaredRoute route : added) {
                    routes.add(qualify(table.name(), table.baseSegments(), route, defaults, authorizers));
                }
            }
        }
        return routes;
    }

    static Route<BoundEndpoint> qualify(String api, List<String> base, DeclaredRoute route, RouteSettings defaults,
            ApiAuthorizers authorizers) {
        RouteSettings settings = route.settings().apply(defaults);
        String where = "Route \"" + route.declaredKey() + "\" of API " + api;
        BoundEndpoint bound = new BoundEndpoint(route.endpoint(), settings,
                authorizers.guard(settings.auth(), route.declaredKey(), where, settings.isEdge()));
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
