package dev.waymark;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.waymark.spi.WaymarkProvider;

/**
 * A programmatic API: a named table of route keys and handlers, like SST's {@code routes} prop.
 *
 * <p>Keys follow the grammar of {@link Route}. {@link #add(String, Handler)} validates the key at
 * once and throws {@link ApiDeploymentException} for an invalid key or one that clashes with a
 * route already in the table. Routes can be added after the table is deployed (like SST's
 * {@code addRoutes}); they are served from the next request on. Where CDI is present, a bean of
 * type {@code RouteTable} (for example a producer method) is deployed with the application; the
 * embedded runtime also takes tables given to it directly.
 *
 * <pre>
 * &#64;Produces &#64;ApplicationScoped
 * RouteTable hello() {
 *     return RouteTable.create("hello", "/api")
 *             .add("GET /hello/{name}", (request, response) -&gt; "hello " + request.pathParam("name"))
 *             .add("$default", (request, response) -&gt; Response.status(404).build());
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface RouteTable {

    /**
     * Creates an empty table at base path {@code /}.
     *
     * @param name the API name, unique in a deployment
     * @return a new table
     */
    static RouteTable create(String name) {
        return create(name, "/");
    }

    /**
     * Creates an empty table.
     *
     * @param name the API name, unique in a deployment
     * @param basePath the base path, as in {@link Api#basePath()}
     * @return a new table
     * @throws ApiDeploymentException if the base path is invalid
     */
    static RouteTable create(String name, String basePath) {
        return create(name, basePath, RouteOptions.defaults());
    }

    /**
     * Creates an empty table whose routes share defaults [RUNTIME-5-1]: the counterpart of
     * annotations on an {@link Api} class. A route's own options override them.
     *
     * @param name the API name, unique in a deployment
     * @param basePath the base path, as in {@link Api#basePath()}
     * @param defaults the settings of every route that does not set its own
     * @return a new table
     * @throws ApiDeploymentException if the base path or a setting is invalid
     */
    static RouteTable create(String name, String basePath, RouteOptions defaults) {
        return WaymarkProvider.instance().createRouteTable(name, basePath, defaults);
    }

    /**
     * The API name.
     *
     * @return the name given at creation
     */
    String name();

    /**
     * The base path.
     *
     * @return the normalised base path, starting with {@code /}
     */
    String basePath();

    /**
     * Adds a route.
     *
     * @param key a route key, such as {@code "GET /notes/{id}"} or {@code "$default"}
     * @param handler the handler
     * @return this table
     * @throws ApiDeploymentException if the key is invalid or clashes with a route of the deployment
     */
    RouteTable add(String key, Handler handler);

    /**
     * Adds a route with its own settings.
     *
     * @param key a route key
     * @param options the route's settings
     * @param handler the handler
     * @return this table
     * @throws ApiDeploymentException if the key is invalid, an option is invalid, or the key clashes
     */
    RouteTable add(String key, RouteOptions options, Handler handler);

    /**
     * Adds several routes, in the iteration order of the map; none is added if one fails.
     *
     * @param routes keys to handlers
     * @return this table
     * @throws ApiDeploymentException if a key is invalid or clashes
     */
    RouteTable addAll(Map<String, Handler> routes);

    /**
     * Binds the table's API to a host name, as {@link Api#domain()} [DOMAIN-1-1].
     *
     * @param hostPattern such as {@code api.example.com} or {@code *.example.com}
     * @return this table
     * @throws ApiDeploymentException if the pattern is not a host name, or the table is already
     *         deployed
     */
    RouteTable domain(String hostPattern);

    /**
     * The host name the table's API is bound to in code.
     *
     * @return the pattern, if {@link #domain(String)} set one
     */
    Optional<String> domain();

    /**
     * Declares an authorizer of the table's API [AUTH-1-1], which routes and the table's defaults
     * choose by name ({@link RouteOptions#authorizer(String)}).
     *
     * @param definition the authorizer
     * @return this table
     * @throws ApiDeploymentException if the table already has an authorizer of that name, or a
     *         setting is invalid
     */
    RouteTable authorizer(dev.waymark.auth.AuthorizerDefinition definition);

    /**
     * The routes of the table, in precedence order.
     *
     * @return an immutable snapshot
     */
    List<RouteInfo> routes();

    /**
     * Gives access to the implementation's own table type, in the manner of
     * {@code EntityManager.unwrap}. An implementation uses it to reach its table through a CDI
     * client proxy.
     *
     * @param type the implementation type
     * @param <T> the type
     * @return this table as that type
     * @throws IllegalArgumentException if the table is not of that type
     */
    <T> T unwrap(Class<T> type);
}
