package dev.waymark.impl.handler;

import dev.waymark.impl.route.RouteKey;

/**
 * A route as an API declares it, before its base path is applied.
 *
 * @param declaredKey the key as written
 * @param key the parsed key
 * @param endpoint what serves it
 */
public record DeclaredRoute(String declaredKey, RouteKey key, Endpoint endpoint) {
}
