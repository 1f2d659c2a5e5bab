package dev.waymark.websocket;

import java.util.Set;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.spi.WaymarkProvider;

/**
 * A programmatic WebSocket API [WS-1-3]: a named table of route keys and
 * {@link WebSocketHandler}s at one path, like SST's {@code WebSocketApi} with its {@code routes}
 * prop. It behaves as a {@link WebSocketApi} class with the same routes and
 * {@link WebSocketOptions}.
 *
 * <p>{@link #add(String, WebSocketHandler)} checks the key at once and throws
 * {@link ApiDeploymentException} for an invalid key or one the table already has. Routes can be
 * added after the table is deployed (like SST's {@code addRoutes}); they take the messages that
 * arrive from then on. Where CDI is present, a bean of type {@code WebSocketRouteTable} (for
 * example a producer method) is deployed with the application; the embedded runtime also takes
 * tables given to it directly.
 *
 * <pre>
 * &#64;Produces &#64;ApplicationScoped
 * WebSocketRouteTable chat(Connections connections) {
 *     return WebSocketRouteTable.create("chat", "/chat")
 *             .add("$connect", (message, event) -&gt; null)
 *             .add("sendMessage", (message, event) -&gt; {
 *                 connections.broadcast(message.text(), connection -&gt; true);
 *                 return null;
 *             });
 * }
 * </pre>
 *
 * @since 0.1
 */
public interface WebSocketRouteTable {

    /**
     * Creates an empty table with the default options.
     *
     * @param name the API name, unique among the WebSocket APIs of a deployment
     * @param path the path clients connect to, as {@link WebSocketApi#path()}
     * @return a new table
     * @throws ApiDeploymentException if the name is empty or the path invalid
     */
    static WebSocketRouteTable create(String name, String path) {
        return create(name, path, WebSocketOptions.defaults());
    }

    /**
     * Creates an empty table.
     *
     * @param name the API name, unique among the WebSocket APIs of a deployment
     * @param path the path clients connect to
     * @param options the table's settings
     * @return a new table
     * @throws ApiDeploymentException if the name is empty, or the path or a setting invalid
     */
    static WebSocketRouteTable create(String name, String path, WebSocketOptions options) {
        return WaymarkProvider.instance().createWebSocketRouteTable(name, path, options);
    }

    /**
     * The API name.
     *
     * @return the name given at creation
     */
    String name();

    /**
     * The path clients connect to.
     *
     * @return the normalised path, starting with {@code /}
     */
    String path();

    /**
     * Adds a route.
     *
     * @param routeKey {@code $connect}, {@code $disconnect}, {@code $default}, or a key of the
     *        application's that does not start with {@code $}
     * @param handler the handler
     * @return this table
     * @throws ApiDeploymentException if the key is invalid or the table already has it
     */
    WebSocketRouteTable add(String routeKey, WebSocketHandler handler);

    /**
     * Declares an authorizer of the table's API [AUTH-1-1], which
     * {@link WebSocketOptions#authorizer(String, String...)} and
     * {@link WebSocketOptions#connectionsEndpoint(String, String...)} choose by name.
     *
     * @param definition the authorizer
     * @return this table
     * @throws ApiDeploymentException if the table already has an authorizer of that name, a
     *         setting is invalid, or the table is already deployed
     */
    WebSocketRouteTable authorizer(AuthorizerDefinition definition);

    /**
     * The route keys of the table.
     *
     * @return an immutable snapshot
     */
    Set<String> routeKeys();

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
