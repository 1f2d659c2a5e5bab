package dev.waymark.impl.auth;

import dev.waymark.auth.AuthorizerDefinition;
import dev.waymark.impl.http.Exchange;

/** One declared authorizer of an API, ready to decide for any of its routes. */
public interface RouteAuthorizer {

    /**
     * The authorizer's kind.
     *
     * @return the kind
     */
    AuthorizerDefinition.Kind kind();

    /**
     * Decides for a request.
     *
     * @param exchange the request
     * @param guard the route's requirements: its key, scopes and roles
     * @return the decision
     */
    AuthDecision authorize(Exchange exchange, RouteGuard guard);
}
