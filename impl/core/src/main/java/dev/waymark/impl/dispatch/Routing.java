package dev.waymark.impl.dispatch;

import jakarta.ws.rs.core.Response;

import dev.waymark.impl.handler.BoundEndpoint;
import dev.waymark.impl.http.Exchange;
import dev.waymark.impl.route.RouteMatch;

/**
 * What routing decided for a request, before any handler runs: either the request is answered
 * already (a problem of its target, a CORS preflight, an automatic {@code OPTIONS}, a 404 or 405),
 * or a route takes it.
 */
public sealed interface Routing permits Routing.Settled, Routing.Routed {

    /**
     * Whether a runtime that serves some requests straight from its HTTP server, without its
     * JAX-RS container, serves this one so.
     *
     * @param containerFree whether nothing of the container must see the request (the application
     *        has no pre-matching request filters), so that every request is served directly
     * @return true for an edge route, and with {@code containerFree} for every request
     */
    boolean direct(boolean containerFree);

    /**
     * The answer: the one routing gave, or the route's, from its checks and handler.
     *
     * @param exchange the request
     * @param dispatcher what serves a route
     * @return the answer
     */
    Answer answer(Exchange exchange, Dispatcher dispatcher);

    /**
     * A request answered before any route: its response is the same whatever the transport.
     *
     * @param response the answer
     */
    record Settled(Response response) implements Routing {

        @Override
        public boolean direct(boolean containerFree) {
            return containerFree;
        }

        @Override
        public Answer answer(Exchange exchange, Dispatcher dispatcher) {
            return new Answer.Now(response);
        }
    }

    /**
     * A request a route takes.
     *
     * @param match the route and its path parameters
     */
    record Routed(RouteMatch<BoundEndpoint> match) implements Routing {

        @Override
        public boolean direct(boolean containerFree) {
            return containerFree || match.route().handler().settings().isEdge();
        }

        @Override
        public Answer answer(Exchange exchange, Dispatcher dispatcher) {
            return dispatcher.serve(exchange, match);
        }
    }
}
