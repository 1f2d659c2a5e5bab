package dev.waymark.spi;

import java.util.Iterator;
import java.util.ServiceLoader;

import dev.waymark.Handler;
import dev.waymark.RouteTable;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRouteTable;

/**
 * The entry point an implementation of Waymark provides, found with {@link ServiceLoader}.
 *
 * <p>An implementation registers exactly one subclass in
 * {@code META-INF/services/dev.waymark.spi.WaymarkProvider}. The API's static factories, such as
 * {@link RouteTable#create(String, String)}, delegate to it.
 *
 * <pre>
 * public final class MyProvider extends WaymarkProvider {
 *     &#64;Override
 *     public RouteTable createRouteTable(String name, String basePath) { return new MyRouteTable(name, basePath); }
 * }
 * </pre>
 *
 * @since 0.1
 */
public abstract class WaymarkProvider {

    private static volatile WaymarkProvider instance;

    /**
     * For subclasses.
     */
    protected WaymarkProvider() {
    }

    /**
     * The provider of the implementation on the class path: the first one the thread's context
     * class loader finds, else the one the API's own class loader finds.
     *
     * @return the provider
     * @throws IllegalStateException if no implementation is on the class path
     */
    public static WaymarkProvider instance() {
        WaymarkProvider found = instance;
        if (found == null) {
            found = load();
            instance = found;
        }
        return found;
    }

    private static WaymarkProvider load() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        Iterator<WaymarkProvider> providers = ServiceLoader.load(WaymarkProvider.class,
                context != null ? context : WaymarkProvider.class.getClassLoader()).iterator();
        if (!providers.hasNext()) {
            providers = ServiceLoader.load(WaymarkProvider.class, WaymarkProvider.class.getClassLoader()).iterator();
        }
        if (!providers.hasNext()) {
            throw new IllegalStateException("No Waymark implementation found: put an implementation "
                    + "(such as waymark-impl-core) on the class path");
        }
        return providers.next();
    }

    /**
     * Creates an empty route table.
     *
     * @param name the API name
     * @param basePath the base path
     * @param defaults the settings of routes that do not set their own
     * @return a new table
     * @throws dev.waymark.ApiDeploymentException if the name is empty, or the base path or a
     *         setting invalid
     */
    public abstract RouteTable createRouteTable(String name, String basePath, dev.waymark.RouteOptions defaults);

    /**
     * Creates an empty WebSocket route table.
     *
     * @param name the API name
     * @param path the path clients connect to
     * @param options the table's settings
     * @return a new table
     * @throws dev.waymark.ApiDeploymentException if the name is empty, or the path or a setting
     *         invalid
     */
    public abstract WebSocketRouteTable createWebSocketRouteTable(String name, String path, WebSocketOptions options);

    /**
     * Creates the handler of a GraphQL route of a route table [GQL-1-2].
     *
     * @param definition the route
     * @return the handler
     * @throws dev.waymark.ApiDeploymentException if the implementation serves no GraphQL, or the
     *         definition is invalid
     */
    public abstract Handler createGraphQLHandler(GraphQLDefinition definition);
}
