package dev.waymark.impl.route;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.waymark.ApiDeploymentException;

/** The routes that end at one place of the trie, by method. */
final class MethodTable<T> {

    private final Map<String, Route<T>> byMethod = new HashMap<>();
    private Route<T> any;

    void add(Route<T> route) {
        String method = route.key().method();
        Route<T> existing = RouteKey.ANY.equals(method) ? any : byMethod.get(method);
        if (existing != null) {
            throw new ApiDeploymentException("Route " + route + " clashes with route " + existing
                    + ": same method and same path shape (parameter names do not tell routes apart)");
        }
        if (RouteKey.ANY.equals(method)) {
            any = route;
        } else {
            byMethod.put(method, route);
        }
    }

    /**
     * The route for a method: the exact method, then GET for HEAD, then ANY. OPTIONS is only ever
     * taken by a route declared for OPTIONS, so that automatic OPTIONS answers stay in force.
     */
    Route<T> select(String method) {
        Route<T> route = byMethod.get(method);
        if (route != null) {
            return route;
        }
        if ("HEAD".equals(method)) {
            route = byMethod.get("GET");
            if (route != null) {
                return route;
            }
        }
        return "OPTIONS".equals(method) ? null : any;
    }

    void collectAllowed(Set<String> allowed) {
        if (any != null) {
            allowed.addAll(Router.STANDARD_METHODS);
            return;
        }
        allowed.addAll(byMethod.keySet());
        if (byMethod.containsKey("GET")) {
            allowed.add("HEAD");
        }
    }
}
