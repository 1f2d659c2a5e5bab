package dev.waymark.impl.handler;

/**
 * What serves a route, with the route's settings resolved for its deployment.
 *
 * @param endpoint the handler
 * @param settings the settings
 */
public record BoundEndpoint(Endpoint endpoint, RouteSettings settings) {
}
