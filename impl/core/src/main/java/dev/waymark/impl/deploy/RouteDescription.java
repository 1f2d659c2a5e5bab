package dev.waymark.impl.deploy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import dev.waymark.RouteInfo;
import dev.waymark.RouteRuntime;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.route.Route;

/**
 * A route described for introspection and logs.
 *
 * @param route the served route
 */
record RouteDescription(Route<BoundEndpoint> route) implements RouteInfo {

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

    @Override
    public RouteRuntime runtime() {
        return route.handler().settings().runtime();
    }

    @Override
    public List<String> regions() {
        return route.handler().settings().regions();
    }

    @Override
    public OptionalLong bodyLimit() {
        return limit(route.handler().settings().bodyLimit());
    }

    @Override
    public OptionalLong responseLimit() {
        return limit(route.handler().settings().responseLimit());
    }

    @Override
    public Optional<Duration> timeout() {
        long millis = route.handler().settings().timeoutMillis();
        return millis == Long.MAX_VALUE ? Optional.empty() : Optional.of(Duration.ofMillis(millis));
    }

    private static OptionalLong limit(long bytes) {
        return bytes == Long.MAX_VALUE ? OptionalLong.empty() : OptionalLong.of(bytes);
    }
}
