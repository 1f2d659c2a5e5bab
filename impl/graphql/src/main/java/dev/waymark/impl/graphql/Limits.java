package dev.waymark.impl.graphql;

import dev.waymark.ApiDeploymentException;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.impl.config.WaymarkConfig;

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

    /** The depth of queries accepted unless configured. */
    static final int DEFAULT_MAX_DEPTH = 15;

    /** The complexity of queries accepted unless configured. */
    static final int DEFAULT_MAX_COMPLEXITY = 1000;

    static Limits of(GraphQLDefinition definition, String where) {
        int depth = definition.maxDepth() != 0 ? definition.maxDepth() : configured("waymark.graphql.max-depth", DEFAULT_MAX_DEPTH);
        int complexity = definition.maxComplexity() != 0 ? definition.maxComplexity()
                : configured("waymark.graphql.max-complexity", DEFAULT_MAX_COMPLEXITY);
        if (depth < 1 || complexity < 1) {
            throw new ApiDeploymentException("The limits of " + where + " must be at least 1 (maxDepth " + depth + ", maxComplexity "
                    + complexity + ")");
        }
        boolean introspection = definition.introspection()
                && WaymarkConfig.value("waymark.graphql.introspection").map(Boolean::parseBoolean).orElse(true);
        return new Limits(depth, complexity, introspection);
    }

    private static int configured(String key, int fallback) {
        String value = WaymarkConfig.value(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new ApiDeploymentException("Invalid " + key + " '" + value + "': write a whole number", e);
        }
    }
}
