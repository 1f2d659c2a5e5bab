package dev.waymark.impl.websocket;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.websocket.WebSocketHandler;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRouteTable;

/** The implementation's WebSocket route table: checks keys as they are added and serves routes added after deployment [WS-1-3]. */
public final class DefaultWebSocketRouteTable implements WebSocketRouteTable {

    private final String name;
    private final String path;
    private final WebSocketOptions options;
    private final Map<String, RouteHandler> routes = new ConcurrentHashMap<>();
    private ApiAuthorizers authorizers;
    private WebSocketApiClass deployed;

    /**
     * Creates an empty table.
     *
     * @param name the API name
     * @param path the path clients connect to
     * @param options the table's settings
     * @throws ApiDeploymentException if the name is empty, or the path or a setting invalid
     */
    public DefaultWebSocketRouteTable(String name, String path, WebSocketOptions options) {
        if (name == null || name.isBlank()) {
            throw new ApiDeploymentException("A WebSocket route table needs a name");
        }
        if (options == null) {
            throw new ApiDeploymentException("The options of WebSocket route table " + name + " are null; use WebSocketOptions.defaults()");
        }
        this.name = name;
        this.options = options;
        this.path = WebSocketApiClass.checkTable(name, path, options);
        this.authorizers = ApiAuthorizers.of(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public WebSocketRouteTable add(String routeKey, WebSocketHandler handler) {
        String description = "route '" + routeKey + "' of WebSocket route table " + name;
        String key = WebSocketApiClass.checkKey(routeKey, description);
        if (handler == null) {
            throw new ApiDeploymentException("The " + description + " has no handler");
        }
        if (routes.putIfAbsent(key, new TableRoute(description, handler)) != null) {
            throw new ApiDeploymentException("WebSocket route table " + name + " already has route key '" + key + "'");
        }
        return this;
    }

    @Override
    public synchronized WebSocketRouteTable authorizer(AuthorizerDefinition definition) {
        if (definition == null) {
            throw new ApiDeploymentException("The authorizer definition of WebSocket route table " + name + " is null");
        }
        if (deployed != null) {
            throw new ApiDeploymentException("WebSocket route table " + name + " is deployed; declare its authorizers before");
        }
        authorizers = authorizers.with(definition);
        return this;
    }

    @Override
    public Set<String> routeKeys() {
        return Set.copyOf(routes.keySet());
    }

    @Override
    public <T> T unwrap(Class<T> type) {
        if (type == Handle.class) {
            return type.cast(new Handle(this));
        }
        if (!type.isInstance(this)) {
            throw new IllegalArgumentException("A WebSocket route table is not a " + type.getName());
        }
        return type.cast(this);
    }

    /**
     * The table itself, for code that reaches it through a CDI client proxy: a proxy answers a
     * method that returns {@code this} with the proxy, so the table is handed out wrapped.
     *
     * @param table the table
     */
    public record Handle(DefaultWebSocketRouteTable table) {
    }

    /**
     * The table's API, from deployment on: its settings and authorizers as they are at the first
     * call, its routes as they are at each message.
     *
     * @return the API
     * @throws ApiDeploymentException if a setting is invalid, such as an authorizer the table does
     *         not declare
     */
    public synchronized WebSocketApiClass api() {
        if (deployed == null) {
            deployed = WebSocketApiClass.of(name, path, options, routes, authorizers);
        }
        return deployed;
    }
}
