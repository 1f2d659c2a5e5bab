package dev.waymark.impl.deploy;

import dev.waymark.RouteInfo;
import dev.waymark.impl.route.Route;

/**
 * A route described for introspection and logs.
 *
 * @param route the served route
 */
record RouteDescription(Route<?> route) implements RouteInfo {

    @Override
    public String key() {
        return route.declaredKey();
    }

    @Override
    public String method() {
        return route.key().method();
    }

    @Override
    public String path() {
        return route.fullPath();
    }

    @Override
    public String handler() {
        return route.description();
    }
}
