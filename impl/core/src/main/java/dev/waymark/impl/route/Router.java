package dev.waymark.impl.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.waymark.ApiDeploymentException;

/**
 * An immutable segment trie of routes. Matching walks the request's segments once, trying at each
 * segment a literal child, then a parameter child, then catch-alls, so its cost depends on the
 * depth of the path, not on the number of routes.
 *
 * @param <T> the handler type
 */
public final class Router<T> {

    /** The methods an {@code ANY} route allows, as listed in {@code Allow}. */
    static final List<String> STANDARD_METHODS = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    /** Route keys in precedence order. */
    public static final Comparator<RouteKey> PRECEDENCE = Router::comparePrecedence;

    private final Node<T> root = new Node<>();
    private final List<Route<T>> routes;
    private final Map<Route<T>, Map<String, Route.ParameterSlot>> slots = new IdentityHashMap<>();

    private Router(Collection<Route<T>> routes) {
        for (Route<T> route : routes) {
            insert(route);
            slots.put(route, route.slots());
        }
        List<Route<T>> ordered = new ArrayList<>(routes);
        ordered.sort(Comparator.comparing(Route::key, PRECEDENCE));
        this.routes = List.copyOf(ordered);
    }

    /**
     * Builds a router.
     *
     * @param routes the routes, in any order
     * @param <T> the handler type
     * @return the router
     * @throws ApiDeploymentException if two routes clash
     */
    public static <T> Router<T> of(Collection<Route<T>> routes) {
        return new Router<>(routes);
    }

    /**
     * The routes in precedence order.
     *
     * @return the routes
     */
    public List<Route<T>> routes() {
        return routes;
    }

    /**
     * Finds what takes a request.
     *
     * @param method the request method
     * @param segments the decoded request segments (no trailing empty segment)
     * @return the match
     */
    public RouteMatch<T> match(String method, List<String> segments) {
        Route<T> route = find(root, segments, 0, method);
        if (route != null) {
            return found(route, segments);
        }
        Set<String> allowed = new TreeSet<>();
        collectAllowed(root, segments, 0, allowed);
        if ("OPTIONS".equals(method) && !allowed.isEmpty()) {
            allowed.add("OPTIONS");
            return new RouteMatch<>(RouteMatch.Outcome.AUTOMATIC_OPTIONS, null, PathParameters.none(), allowed);
        }
        Route<T> fallback = fallback(segments);
        if (fallback != null) {
            return new RouteMatch<>(RouteMatch.Outcome.ROUTE, fallback, PathParameters.none(), Set.of());
        }
        if (!allowed.isEmpty()) {
            allowed.add("OPTIONS");
            return new RouteMatch<>(RouteMatch.Outcome.METHOD_NOT_ALLOWED, null, PathParameters.none(), allowed);
        }
        return new RouteMatch<>(RouteMatch.Outcome.NOT_FOUND, null, PathParameters.none(), Set.of());
    }

    private RouteMatch<T> found(Route<T> route, List<String> segments) {
        return new RouteMatch<>(RouteMatch.Outcome.ROUTE, route, new PathParameters(slots.get(route), segments), Set.of());
    }

    private Route<T> find(Node<T> node, List<String> segments, int index, String method) {
        if (index == segments.size()) {
            Route<T> route = node.exact.select(method);
            return route != null ? route : node.optional.select(method);
        }
        String segment = segments.get(index);
        Node<T> literal = node.literals.get(segment);
        if (literal != null) {
            Route<T> route = find(literal, segments, index + 1, method);
            if (route != null) {
                return route;
            }
        }
        if (node.param != null && !segment.isEmpty()) {
            Route<T> route = find(node.param, segments, index + 1, method);
            if (route != null) {
                return route;
            }
        }
        Route<T> route = node.greedy.select(method);
        return route != null ? route : node.optional.select(method);
    }

    private void collectAllowed(Node<T> node, List<String> segments, int index, Set<String> allowed) {
        node.optional.collectAllowed(allowed);
        if (index == segments.size()) {
            node.exact.collectAllowed(allowed);
            return;
        }
        node.greedy.collectAllowed(allowed);
        String segment = segments.get(index);
        Node<T> literal = node.literals.get(segment);
        if (literal != null) {
            collectAllowed(literal, segments, index + 1, allowed);
        }
        if (node.param != null && !segment.isEmpty()) {
            collectAllowed(node.param, segments, index + 1, allowed);
        }
    }

    private Route<T> fallback(List<String> segments) {
        Node<T> node = root;
        Route<T> fallback = root.fallback;
        for (String segment : segments) {
            node = node.literals.get(segment);
            if (node == null) {
                break;
            }
            if (node.fallback != null) {
                fallback = node.fallback;
            }
        }
        return fallback;
    }

    private void insert(Route<T> route) {
        Node<T> node = root;
        if (route.key().isDefault()) {
            for (String literal : route.basePath()) {
                node = node.literals.computeIfAbsent(literal, ignored -> new Node<>());
            }
            if (node.fallback != null) {
                throw new ApiDeploymentException("Route " + route + " clashes with route " + node.fallback
                        + ": two $default routes for the same base path " + route.fullPath());
            }
            node.fallback = route;
            return;
        }
        for (SegmentPattern segment : route.key().segments()) {
            switch (segment.kind()) {
                case LITERAL -> node = node.literals.computeIfAbsent(segment.value(), ignored -> new Node<>());
                case PARAM -> {
                    if (node.param == null) {
                        node.param = new Node<>();
                    }
                    node = node.param;
                }
                case GREEDY -> {
                    node.greedy.add(route);
                    return;
                }
                case OPTIONAL -> {
                    node.optional.add(route);
                    return;
                }
                default -> throw new IllegalStateException(segment.kind().name());
            }
        }
        node.exact.add(route);
    }

    private static int comparePrecedence(RouteKey left, RouteKey right) {
        if (left.isDefault() != right.isDefault()) {
            return left.isDefault() ? 1 : -1;
        }
        List<SegmentPattern> a = left.segments();
        List<SegmentPattern> b = right.segments();
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            SegmentPattern x = a.get(i);
            SegmentPattern y = b.get(i);
            int byKind = x.kind().compareTo(y.kind());
            if (byKind != 0) {
                return byKind;
            }
            if (x.kind() == SegmentPattern.Kind.LITERAL) {
                int byText = x.value().compareTo(y.value());
                if (byText != 0) {
                    return byText;
                }
            }
        }
        if (a.size() != b.size()) {
            return Integer.compare(a.size(), b.size());
        }
        boolean leftAny = RouteKey.ANY.equals(left.method());
        boolean rightAny = RouteKey.ANY.equals(right.method());
        if (leftAny != rightAny) {
            return leftAny ? 1 : -1;
        }
        return left.method().compareTo(right.method());
    }

    private static final class Node<T> {
        final Map<String, Node<T>> literals = new HashMap<>();
        final MethodTable<T> exact = new MethodTable<>();
        final MethodTable<T> greedy = new MethodTable<>();
        final MethodTable<T> optional = new MethodTable<>();
        Node<T> param;
        Route<T> fallback;
    }
}
