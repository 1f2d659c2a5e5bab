package dev.waymark.impl.auth;

import java.util.List;

import dev.waymark.impl.http.Exchange;

/**
 * What stands before one route's handler: its authorizer and what the route requires of the caller.
 *
 * @param apiName the route's API, the realm of challenges
 * @param routeKey the route's key
 * @param authorizerName the authorizer's name
 * @param authorizer the authorizer
 * @param scopes scopes of which a JWT must carry one; empty for none
 * @param roles roles of which a container principal must have one; empty for none
 */
public record RouteGuard(String apiName, String routeKey, String authorizerName, RouteAuthorizer authorizer,
        List<String> scopes, List<String> roles) {

    /**
     * Decides for a request.
     *
     * @param exchange the request
     * @return the decision
     */
    public AuthDecision check(Exchange exchange) {
        return authorizer.authorize(exchange, this);
    }
}
