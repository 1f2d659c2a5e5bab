package dev.waymark.impl.websocket;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.cors.CorsPolicy;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.AuthChoice;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Sizes;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.websocket.Connections;
import dev.waymark.websocket.ConnectionsEndpoint;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketOptions;
import dev.waymark.websocket.WebSocketRoute;

/**
 * A WebSocket API as deployed [WS-1]: a {@link WebSocketApi} class or a route table, with its
 * path, route selection, limits, routes by key, the guard of its {@code $connect}, the origins it
 * accepts, and the choice of authorizer of its management endpoint.
 *
 * @param declaredBy what declares the API, for messages: a class or a route table
 * @param name the API's name
 * @param path the path clients connect to
 * @param selection the route selection expression
 * @param routes route key to handler; a route table's routes are read as they are now
 * @param authorizers the API's authorizers
 * @param guard the authorizer of {@code $connect}, or null
 * @param origins the origins a browser may connect from
 * @param maxMessageBytes the largest message
 * @param idleMillis the idle timeout
 * @param maxDurationMillis the longest connection
 * @param connectionsEndpoint the authorizer choice of the {@code @connections} endpoint, or null
 *        for no endpoint
 * @param subprotocols the subprotocols the endpoint agrees to; empty for a WebSocket API
 */
public record WebSocketApiClass(String declaredBy, String name, String path, RouteSelection selection, Map<String, RouteHandler> routes,
        ApiAuthorizers authorizers, RouteGuard guard, CorsRules origins, int maxMessageBytes, long idleMillis, long maxDurationMillis,
        AuthChoice connectionsEndpoint, List<String> subprotocols) {

    /**
     * Reads a class.
     *
     * @param type a class annotated {@link WebSocketApi}
     * @param target supplies the instance to invoke handlers on
     * @param beans supplies the instance of a class the API names, such as a custom authorizer
     * @return the API
     * @throws ApiDeploymentException if a declaration is invalid
     */
    public static WebSocketApiClass read(Class<?> type, Supplier<Object> target, Function<Class<?>, Object> beans) {
        WebSocketApi api = type.getAnnotation(WebSocketApi.class);
        String name = api.name().isEmpty() ? type.getSimpleName() : api.name();
        String where = "WebSocket API " + type.getName();
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isSynthetic() && method.isAnnotationPresent(WebSocketRoute.class)) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        Map<String, RouteHandler> routes = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Method method : methods) {
            String handler = type.getSimpleName() + "#" + method.getName();
            String key = checkKey(method.getAnnotation(WebSocketRoute.class).value(), handler);
            String previous = owners.putIfAbsent(key, handler);
            if (previous != null) {
                throw new ApiDeploymentException("Two handlers of " + where + " take route key '" + key + "': " + previous + " and "
                        + handler + "; keep one");
            }
            routes.put(key, MethodRouteHandler.of(target, method, handler));
        }
        ConnectionsEndpoint endpoint = type.getAnnotation(ConnectionsEndpoint.class);
        AuthChoice connections = endpoint == null ? null : new AuthChoice(endpoint.authorizer(), Arrays.asList(endpoint.scopes()), null);
        return build(where, name, api.path(), api.routeSelection(), Map.copyOf(routes), ApiAuthorizers.declaredBy(type, name, beans),
                ApiAuthorizers.declaredBy(type).orElse(null), CorsRules.policyOf(type), api.maxMessageSize(), api.idleTimeout(),
                api.maxDuration(), connections);
    }

    /**
     * Reads a route table's API as it is at deployment; routes added later are served too.
     *
     * @param name the table's name
     * @param path the table's path
     * @param options the table's options
     * @param routes the table's routes, as they will be
     * @param authorizers the table's authorizers
     * @return the API
     * @throws ApiDeploymentException if a setting is invalid
     */
    static WebSocketApiClass of(String name, String path, WebSocketOptions options, Map<String, RouteHandler> routes,
            ApiAuthorizers authorizers) {
        AuthChoice connect = options.authorizer().map(chosen -> new AuthChoice(chosen, options.authorizationScopes(), null)).orElse(null);
        AuthChoice connections = options.connectionsAuthorizer().map(chosen -> new AuthChoice(chosen, options.connectionsScopes(), null))
                .orElse(null);
        return build("WebSocket route table " + name, name, path, options.routeSelection(), routes, authorizers, connect, options.cors(),
                options.maxMessageSize(), options.idleTimeout(), options.maxDuration(), connections);
    }

    /**
     * Checks a route key.
     *
     * @param declared the key as declared
     * @param handler the handler, for the message
     * @return the key without surrounding spaces
     * @throws ApiDeploymentException if it is neither a predefined key nor one of the application's
     */
    static String checkKey(String declared, String handler) {
        String key = declared == null ? "" : declared.strip();
        if (key.isEmpty() || (key.startsWith("$") && !List.of(WebSocketRoute.CONNECT, WebSocketRoute.DISCONNECT,
                WebSocketRoute.DEFAULT).contains(key))) {
            throw new ApiDeploymentException("Invalid WebSocket route key '" + key + "' on " + handler
                    + ": use $connect, $disconnect, $default, or a key of your own that does not start with $");
        }
        return key;
    }

    /**
     * Checks and normalises a path.
     *
     * @param path the path as declared
     * @param where the API, for the message
     * @return the path with one leading {@code /}
     */
    static String checkPath(String path, String where) {
        try {
            return "/" + String.join("/", RouteKey.parseBasePath(path));
        } catch (ApiDeploymentException e) {
            throw new ApiDeploymentException(e.getMessage() + " (the path of " + where + ")");
        }
    }

    private static WebSocketApiClass build(String where, String name, String path, String selection, Map<String, RouteHandler> routes,
            ApiAuthorizers authorizers, AuthChoice connect, Optional<CorsPolicy> cors, String maxMessageSize, String idleTimeout,
            String maxDuration, AuthChoice connections) {
        String normalised = checkPath(path, where);
        RouteGuard guard = authorizers.guard(connect, WebSocketRoute.CONNECT, "The $connect route of " + where, false);
        if (connections != null) {
            if (connections.authorizer() == null || connections.authorizer().isBlank()) {
                throw new ApiDeploymentException("The @connections endpoint of " + where + " names no authorizer; name one the API "
                        + "declares, or 'none' for an endpoint open to anyone who reaches it");
            }
            authorizers.guard(connections, "ANY " + normalised + "/@connections/{connectionId}", "The @connections endpoint of " + where,
                    false);
        }
        CorsRules origins = cors.map(policy -> CorsRules.of(policy, where)).orElse(CorsRules.ALLOW_ALL);
        Limits limits = Limits.parse(maxMessageSize, idleTimeout, maxDuration, where);
        return new WebSocketApiClass(where, name, normalised, RouteSelection.parse(selection, where), routes, authorizers, guard, origins,
                limits.maxMessageBytes(), limits.idleMillis(), limits.maxDurationMillis(), connections, List.of());
    }

    /**
     * The endpoint of a subprotocol [GQL-4-1]: every text message goes to the protocol, with the
     * guard and origins of the route it belongs to and the default limits of WebSocket APIs.
     *
     * @param name the endpoint's name, for the access log and {@code Connections}
     * @param path the path clients connect to
     * @param protocol the protocol
     * @param guard the authorizer of the handshake, or null
     * @param origins the origins a browser may connect from
     * @param connections the connections, once the runtime runs
     * @return the endpoint
     */
    public static WebSocketApiClass forProtocol(String name, String path, WebSocketProtocol protocol, RouteGuard guard, CorsRules origins,
            Supplier<Connections> connections) {
        String where = "the " + protocol.subprotocol() + " endpoint " + name;
        Limits limits = Limits.parse("128kb", "10m", "2h", where);
        Map<String, RouteHandler> routes = Map.of(
                WebSocketRoute.DEFAULT, (message, event) -> {
                    protocol.received(event.connectionId(), message.text(), connections.get());
                    return null;
                },
                WebSocketRoute.DISCONNECT, (message, event) -> {
                    protocol.closed(event.connectionId());
                    return null;
                });
        return new WebSocketApiClass(where, name, path, RouteSelection.parse("$request.body.action", where), routes, ApiAuthorizers.of(name),
                guard, origins, limits.maxMessageBytes(), limits.idleMillis(), limits.maxDurationMillis(), null,
                List.of(protocol.subprotocol()));
    }

    /**
     * Checks a route table's settings other than its authorizers, which it may declare later.
     *
     * @param name the table's name
     * @param path the table's path
     * @param options the table's options
     * @return the normalised path
     * @throws ApiDeploymentException if a setting is invalid
     */
    static String checkTable(String name, String path, WebSocketOptions options) {
        String where = "WebSocket route table " + name;
        String normalised = checkPath(path, where);
        RouteSelection.parse(options.routeSelection(), where);
        Limits.parse(options.maxMessageSize(), options.idleTimeout(), options.maxDuration(), where);
        options.cors().ifPresent(policy -> CorsRules.of(policy, where));
        return normalised;
    }

    private record Limits(int maxMessageBytes, long idleMillis, long maxDurationMillis) {

        static Limits parse(String maxMessageSize, String idleTimeout, String maxDuration, String where) {
            long size = Sizes.parse(maxMessageSize, "the maxMessageSize of " + where);
            if (size > Integer.MAX_VALUE) {
                throw new ApiDeploymentException("The maxMessageSize of " + where + " is over 2 GB");
            }
            return new Limits((int) size, Durations.parseMillis(idleTimeout, "the idleTimeout of " + where),
                    Durations.parseMillis(maxDuration, "the maxDuration of " + where));
        }
    }
}
