package dev.waymark.impl.route;

import java.util.Set;

/**
 * What the router found for a request.
 *
 * @param outcome the kind of result
 * @param route the route that takes the request, for {@link Outcome#ROUTE}
 * @param parameters the path parameters of that route
 * @param allowed the methods the path allows, for {@link Outcome#AUTOMATIC_OPTIONS} and
 *        {@link Outcome#METHOD_NOT_ALLOWED}
 * @param <T> the handler type
 */
public record RouteMatch<T>(Outcome outcome, Route<T> route, PathParameters parameters, Set<String> allowed) {

    /** The kinds of result. */
    public enum Outcome {
        /** A route, possibly a {@code $default}, takes the request. */
        ROUTE,
        /** An {@code OPTIONS} request for a path that routes exist for, with none declared for OPTIONS. */
        AUTOMATIC_OPTIONS,
        /** Routes exist for the path, none for the method, and no {@code $default} applies. */
        METHOD_NOT_ALLOWED,
        /** No route and no {@code $default} applies. */
        NOT_FOUND
    }
}
