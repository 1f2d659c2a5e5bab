package dev.waymark.impl.handler;

/**
 * What serves a route, with the route's settings resolved for its deployment.
 *
 * @param endpoint the handler
 * @param settings the settings
 * @param guard the route's authorizer and requirements, or null for an open route
 * @param limiter the route's rate limit, or null for none
 */
public record BoundEndpoint(Endpoint endpoint, RouteSettings settings, dev.waymark.impl.auth.RouteGuard guard,
        dev.waymark.impl.limit.RateLimiter limiter) {
}
