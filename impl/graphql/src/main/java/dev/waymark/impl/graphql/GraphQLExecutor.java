package dev.waymark.impl.graphql;

import java.util.Optional;

import dev.waymark.auth.Identity;

/** Runs GraphQL requests against one schema [GQL-1]. */
interface GraphQLExecutor {

    /**
     * What a request gave.
     *
     * @param json the GraphQL response, serialised
     * @param dataPresent whether the response has a {@code data} entry, which is absent for
     *        requests that fail before execution (a document that does not parse or validate)
     */
    record Executed(String json, boolean dataPresent) {
    }

    /**
     * Runs a request.
     *
     * @param request the request
     * @param identity the caller, as the route's authorizer established it
     * @return the response
     */
    Executed execute(GraphQLRequest request, Optional<Identity> identity);
}
