package dev.waymark.impl.dispatch;

import java.util.List;
import java.util.Optional;

import dev.waymark.impl.deploy.Deployment;
import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.http.ProblemException;
import dev.waymark.impl.route.Route;
import dev.waymark.impl.route.RouteMatch;

/**
 * Which requests Waymark's APIs take from an application of the web application's own at the
 * root, such as a JAX-RS application at {@code /} [JAXRS-1-2]: those whose path one of their routes
 * takes, to answer it, or to answer {@code 405} or an automatic {@code OPTIONS}. Every other
 * request, one whose target the router cannot route included, is the application's.
 */
public final class RootClaim {

    private final Deployment deployment;
    private final TargetCheck targets;

    /**
     * Creates the claim.
     *
     * @param deployment the APIs
     * @param targets the checks a target passes before it is routed
     */
    public RootClaim(Deployment deployment, TargetCheck targets) {
        this.deployment = deployment;
        this.targets = targets;
    }

    /**
     * Whether the APIs take a request.
     *
     * @param method the request method
     * @param rawPath the raw path, relative to the web application
     * @param rawQuery the raw query, or null
     * @param host the {@code Host} header, or null
     * @return true if a route takes the request's path
     */
    public boolean takes(String method, String rawPath, String rawQuery, String host) {
        List<String> segments;
        try {
            segments = targets.segments(rawPath, rawQuery);
        } catch (ProblemException e) {
            return false;
        }
        return deployment.router(host).match(method, segments).outcome() != RouteMatch.Outcome.NOT_FOUND;
    }

    /**
     * The route that would leave an application at the root no request of a host bound to no
     * domain: a {@code $default} of an API at the root.
     *
     * @return the route, if there is one
     */
    public Optional<Route<BoundEndpoint>> takingEverything() {
        return deployment.router(null).routes().stream()
                .filter(route -> route.key().isDefault() && route.basePath().isEmpty())
                .findFirst();
    }
}
