package dev.waymark.impl.route;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One router per domain [DOMAIN-1-2]: a request whose host matches a bound domain is routed among
 * that domain's APIs only (an exact domain before wildcards, a longer wildcard before a shorter);
 * any other request among the APIs bound to no domain. Route clashes are checked within a domain.
 *
 * @param <T> the handler type
 */
public final class DomainRouters<T> {

    private final Map<String, Router<T>> exact;
    private final List<Map.Entry<HostPattern, Router<T>>> wildcards;
    private final Router<T> unbound;
    private final List<Route<T>> routes;

    private DomainRouters(Map<String, Router<T>> exact, List<Map.Entry<HostPattern, Router<T>>> wildcards, Router<T> unbound,
            List<Route<T>> routes) {
        this.exact = exact;
        this.wildcards = wildcards;
        this.unbound = unbound;
        this.routes = routes;
    }

    /**
     * Groups routes by the domain of their API.
     *
     * @param routes the routes
     * @param domainOf the domain of an API, by name, or null for none
     * @param <T> the handler type
     * @return the routers
     * @throws dev.waymark.ApiDeploymentException if two routes of one domain clash
     */
    public static <T> DomainRouters<T> of(Collection<Route<T>> routes, Function<String, HostPattern> domainOf) {
        Map<HostPattern, List<Route<T>>> grouped = new LinkedHashMap<>();
        List<Route<T>> none = new ArrayList<>();
        for (Route<T> route : routes) {
            HostPattern domain = domainOf.apply(route.apiName());
            if (domain == null) {
                none.add(route);
            } else {
                grouped.computeIfAbsent(domain, d -> new ArrayList<>()).add(route);
            }
        }
        Map<String, Router<T>> exact = new HashMap<>();
        List<Map.Entry<HostPattern, Router<T>>> wildcards = new ArrayList<>();
        List<Route<T>> all = new ArrayList<>();
        Router<T> unbound = Router.of(none);
        all.addAll(unbound.routes());
        for (Map.Entry<HostPattern, List<Route<T>>> group : grouped.entrySet()) {
            Router<T> router = Router.of(group.getValue());
            all.addAll(router.routes());
            if (group.getKey().isWildcard()) {
                wildcards.add(Map.entry(group.getKey(), router));
            } else {
                exact.put(group.getKey().pattern(), router);
            }
        }
        wildcards.sort(Comparator.comparing((Map.Entry<HostPattern, Router<T>> entry) -> entry.getKey().pattern().length()).reversed());
        return new DomainRouters<>(Map.copyOf(exact), List.copyOf(wildcards), unbound, List.copyOf(all));
    }

    /**
     * The router of a request's host.
     *
     * @param host the host, lower case, without port ({@link HostPattern#hostOf})
     * @return the router of the domain it matches, else that of the APIs bound to none
     */
    public Router<T> forHost(String host) {
        Router<T> router = exact.get(host);
        if (router != null) {
            return router;
        }
        for (Map.Entry<HostPattern, Router<T>> wildcard : wildcards) {
            if (wildcard.getKey().matches(host)) {
                return wildcard.getValue();
            }
        }
        return unbound;
    }

    /**
     * Every route: those bound to no domain in precedence order, then each domain's.
     *
     * @return the routes
     */
    public List<Route<T>> routes() {
        return routes;
    }
}
