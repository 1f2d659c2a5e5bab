package dev.waymark.impl.deploy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import dev.waymark.ApiDeploymentException;
import dev.waymark.Handler;
import dev.waymark.RouteInfo;
import dev.waymark.RouteOptions;
import dev.waymark.RouteTable;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.config.ConfigKeys;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.handler.DeclaredRoute;
import dev.waymark.impl.handler.HandlerEndpoint;
import dev.waymark.impl.handler.RouteSettings;
import dev.waymark.impl.limit.RateLimiters;
import dev.waymark.impl.route.HostPattern;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.route.Router;

/** The implementation's route table: validates keys as they are added and serves additions made after deployment. */
public final class DefaultRouteTable implements RouteTable {

    private final String name;
    private final String basePath;
    private final List<String> baseSegments;
    private final UnaryOperator<RouteSettings> tableSettings;
    private final List<DeclaredRoute> routes = new ArrayList<>();
    private final Map<String, DeclaredRoute> shapes = new HashMap<>();
    private ApiAuthorizers authorizers;
    private String domain;
    private Deployment deployment;

    DefaultRouteTable(String name, String basePath, RouteOptions defaults) {
        if (name == null || name.isBlank()) {
            throw new ApiDeploymentException("A route table needs a name");
        }
        if (defaults == null) {
            throw new ApiDeploymentException("The defaults of API " + name + " are null; use RouteOptions.defaults()");
        }
        this.name = name;
        UnaryOperator<RouteSettings> declared = RouteSettings.declaredBy(defaults, "the defaults of API " + name);
        this.tableSettings = RouteSettings.withConfiguredCors(declared, name, defaults.cors());
        this.baseSegments = RouteKey.parseBasePath(basePath);
        this.basePath = baseSegments.isEmpty() ? "/" : "/" + String.join("/", baseSegments);
        this.authorizers = ApiAuthorizers.of(name);
    }

    /**
     * Creates an empty table whose authorizers are given, such as those of a WebSocket API whose
     * management endpoint it serves.
     *
     * @param name the API name
     * @param basePath the base path
     * @param defaults the settings of routes that do not set their own
     * @param authorizers the table's authorizers
     * @return the table
     */
    public static DefaultRouteTable withAuthorizers(String name, String basePath, RouteOptions defaults, ApiAuthorizers authorizers) {
        DefaultRouteTable table = new DefaultRouteTable(name, basePath, defaults);
        table.authorizers = authorizers;
        return table;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String basePath() {
        return basePath;
    }

    @Override
    public RouteTable add(String key, Handler handler) {
        return add(key, RouteOptions.defaults(), handler);
    }

    @Override
    public RouteTable add(String key, RouteOptions options, Handler handler) {
        return add(Map.of(key, handler), options);
    }

    @Override
    public RouteTable addAll(Map<String, Handler> additions) {
        return add(additions, RouteOptions.defaults());
    }

    private synchronized RouteTable add(Map<String, Handler> additions, RouteOptions options) {
        if (options == null) {
            throw new ApiDeploymentException("The route options of API " + name + " are null; use RouteOptions.defaults()");
        }
        Map<String, DeclaredRoute> added = new LinkedHashMap<>();
        for (Map.Entry<String, Handler> entry : additions.entrySet()) {
            if (entry.getValue() == null) {
                throw new ApiDeploymentException("Route '" + entry.getKey() + "' of API " + name + " has no handler");
            }
            RouteKey key = RouteKey.parse(entry.getKey());
            String declared = entry.getKey().strip().replaceAll("\\s+", " ");
            UnaryOperator<RouteSettings> routeSettings = RouteSettings.declaredBy(options, "route \"" + declared + "\" of API " + name);
            DeclaredRoute route = new DeclaredRoute(declared, key, new HandlerEndpoint(entry.getValue()),
                    settings -> routeSettings.apply(tableSettings.apply(settings)));
            String shape = Deployment.shape(key);
            DeclaredRoute clash = shapes.containsKey(shape) ? shapes.get(shape) : added.get(shape);
            if (clash != null) {
                throw new ApiDeploymentException("Route \"" + route.declaredKey() + "\" of API " + name
                        + " clashes with route \"" + clash.declaredKey() + "\": same method and same path shape");
            }
            added.put(shape, route);
        }
        if (deployment != null) {
            deployment.addRoutes(this, List.copyOf(added.values()));
        }
        shapes.putAll(added);
        routes.addAll(added.values());
        return this;
    }

    @Override
    public synchronized RouteTable domain(String hostPattern) {
        if (deployment != null) {
            throw new ApiDeploymentException("Route table " + name + " is deployed; bind it to a domain before, or with "
                    + ConfigKeys.API_DOMAIN.of(name));
        }
        domain = HostPattern.parse(hostPattern, "route table " + name).pattern();
        return this;
    }

    @Override
    public synchronized Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    @Override
    public synchronized RouteTable authorizer(AuthorizerDefinition definition) {
        if (definition == null) {
            throw new ApiDeploymentException("The authorizer definition of API " + name + " is null");
        }
        ApiAuthorizers extended = authorizers.with(definition);
        if (deployment != null) {
            deployment.replaceAuthorizers(this, extended);
        }
        authorizers = extended;
        return this;
    }

    synchronized ApiAuthorizers authorizers() {
        return authorizers;
    }

    @Override
    public List<RouteInfo> routes() {
        List<Route<BoundEndpoint>> full = new ArrayList<>();
        synchronized (this) {
            for (DeclaredRoute route : routes) {
                full.add(Deployment.qualify(name, baseSegments, route, RouteSettings.DEFAULTS, authorizers, RateLimiters.local()));
            }
        }
        full.sort((a, b) -> Router.PRECEDENCE.compare(a.key(), b.key()));
        return full.stream().<RouteInfo>map(RouteDescription::new).toList();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type == Handle.class) {
            return type.cast(new Handle(this));
        }
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new IllegalArgumentException("This route table is a " + getClass().getName() + ", not a " + type.getName());
    }

    /**
     * The table itself, for code that reaches it through a CDI client proxy: a proxy answers a
     * method that returns {@code this} with the proxy, so the table is handed out wrapped.
     *
     * @param table the table
     */
    public record Handle(DefaultRouteTable table) {
    }

    synchronized List<DeclaredRoute> declaredRoutes() {
        return List.copyOf(routes);
    }

    List<String> baseSegments() {
        return baseSegments;
    }

    synchronized void attach(Deployment target) {
        if (deployment != null && deployment != target) {
            throw new ApiDeploymentException("Route table " + name + " is already deployed");
        }
        deployment = target;
    }
}
