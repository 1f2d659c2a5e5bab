package dev.waymark.impl.graphql;

import dev.waymark.ApiDeploymentException;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.impl.config.ConfigKeys;

/**
 * The safety limits of a GraphQL route [GQL-5-3, GQL-5-4]: the route's own, else
 * {@code waymark.graphql.max-depth} (15), {@code waymark.graphql.max-complexity} (1000); and
 * introspection, off if the route or {@code waymark.graphql.introspection=false} turns it off.
 *
 * @param maxDepth the deepest query accepted
 * @param maxComplexity the most complex query accepted, one per field
 * @param introspection whether the schema may be introspected
 */
record Limits(int maxDepth, int maxComplexity, boolean introspection) {

    static Limits of(GraphQLDefinition definition, String where) {
        int depth = definition.maxDepth() != 0 ? definition.maxDepth() : ConfigKeys.GRAPHQL_MAX_DEPTH.get();
        int complexity = definition.maxComplexity() != 0 ? definition.maxComplexity() : ConfigKeys.GRAPHQL_MAX_COMPLEXITY.get();
        if (depth < 1 || complexity < 1) {
            throw new ApiDeploymentException("The limits of " + where + " must be at least 1 (maxDepth " + depth + ", maxComplexity "
                    + complexity + ")");
        }
        boolean introspection = definition.introspection() && ConfigKeys.GRAPHQL_INTROSPECTION.get();
        return new Limits(depth, complexity, introspection);
    }
}
