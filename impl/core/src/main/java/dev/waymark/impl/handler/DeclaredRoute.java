package dev.waymark.impl.handler;

import java.util.function.UnaryOperator;

import dev.waymark.impl.route.RouteKey;

/**
 * A route as an API declares it, before its base path and the deployment's defaults apply.
 *
 * @param declaredKey the key as written
 * @param key the parsed key
 * @param endpoint what serves it
 * @param settings what the API and the route declare over the deployment's default settings
 */
public record DeclaredRoute(String declaredKey, RouteKey key, Endpoint endpoint, UnaryOperator<RouteSettings> settings) {
}
