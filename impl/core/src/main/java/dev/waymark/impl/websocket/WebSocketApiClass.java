package dev.waymark.impl.websocket;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.RouteGuard;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.http.Durations;
import dev.waymark.impl.http.Sizes;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.websocket.WebSocketApi;
import dev.waymark.websocket.WebSocketRoute;

/**
 * A {@link WebSocketApi} class as read at deployment [WS-1]: its path, route selection, limits,
 * routes by key, the guard of its {@code $connect}, and the origins it accepts.
 *
 * @param type the class
 * @param name the API's name
 * @param path the path clients connect to
 * @param selection the route selection expression
 * @param routes route key to handler
 * @param guard the authorizer of {@code $connect}, or null
 * @param origins the origins a browser may connect from
 * @param maxMessageBytes the largest message
 * @param idleMillis the idle timeout
 * @param maxDurationMillis the longest connection
 */
public record WebSocketApiClass(Class<?> type, String name, String path, RouteSelection selection, Map<String, WebSocketHandler> routes,
        RouteGuard guard, CorsRules origins, int maxMessageBytes, long idleMillis, long maxDurationMillis) {

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
        List<String> segments;
        try {
            segments = RouteKey.parseBasePath(api.path());
        } catch (ApiDeploymentException e) {
            throw new ApiDeploymentException(e.getMessage() + " (the path of " + where + ")");
        }
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isSynthetic() && method.isAnnotationPresent(WebSocketRoute.class)) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        Map<String, WebSocketHandler> routes = new LinkedHashMap<>();
        Map<String, String> owners = new LinkedHashMap<>();
        for (Method method : methods) {
            String key = method.getAnnotation(WebSocketRoute.class).value().strip();
            String handler = type.getSimpleName() + "#" + method.getName();
            if (key.isEmpty() || (key.startsWith("$") && !List.of(WebSocketRoute.CONNECT, WebSocketRoute.DISCONNECT,
                    WebSocketRoute.DEFAULT).contains(key))) {
                throw new ApiDeploymentException("Invalid WebSocket route key '" + key + "' on " + handler
                        + ": use $connect, $disconnect, $default, or a key of your own that does not start with $");
            }
            String previous = owners.putIfAbsent(key, handler);
            if (previous != null) {
                throw new ApiDeploymentException("Two handlers of " + where + " take route key '" + key + "': " + previous + " and "
                        + handler + "; keep one");
            }
            routes.put(key, WebSocketHandler.of(target, method, handler));
        }
        ApiAuthorizers authorizers = ApiAuthorizers.declaredBy(type, name, beans);
        RouteGuard guard = authorizers.guard(ApiAuthorizers.declaredBy(type).orElse(null), WebSocketRoute.CONNECT,
                "The $connect route of " + where, false);
        CorsRules origins = CorsRules.policyOf(type).map(policy -> CorsRules.of(policy, where)).orElse(CorsRules.ALLOW_ALL);
        long size = Sizes.parse(api.maxMessageSize(), "the maxMessageSize of " + where);
        if (size > Integer.MAX_VALUE) {
            throw new ApiDeploymentException("The maxMessageSize of " + where + " is over 2 GB");
        }
        return new WebSocketApiClass(type, name, "/" + String.join("/", segments), RouteSelection.parse(api.routeSelection(), where),
                Map.copyOf(routes), guard, origins, (int) size, Durations.parseMillis(api.idleTimeout(), "the idleTimeout of " + where),
                Durations.parseMillis(api.maxDuration(), "the maxDuration of " + where));
    }
}
