package dev.waymark.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import dev.waymark.ApiDeploymentException;
import dev.waymark.Handler;
import dev.waymark.spi.WaymarkProvider;

/**
 * A GraphQL route of a {@link dev.waymark.RouteTable} [GQL-1-2]: the programmatic counterpart of
 * {@link GraphQLRoute}, added under a route key such as {@code "ANY /graphql"} (GraphQL over HTTP
 * serves {@code GET} and {@code POST}, and answers other methods 405). Immutable: each method
 * returns a new instance.
 *
 * <pre>
 * RouteTable.create("notes", "/api")
 *         .add("ANY /graphql", GraphQLDefinition.schema("notes.graphql")
 *                 .resolver("Query listNotes", context -&gt; store.all())
 *                 .resolver("Mutation createNote", context -&gt; store.add(context.argument("text", String.class)))
 *                 .handler());
 * </pre>
 *
 * @since 0.1
 */
public final class GraphQLDefinition {

    private String schema;
    private Map<String, GraphQLResolver> resolvers = Map.of();
    private int maxDepth;
    private int maxComplexity;
    private boolean introspection = true;

    private GraphQLDefinition() {
    }

    /**
     * A code-first route: the schema of the application's
     * {@code org.eclipse.microprofile.graphql.GraphQLApi} beans.
     *
     * @return the definition
     */
    public static GraphQLDefinition codeFirst() {
        return new GraphQLDefinition();
    }

    /**
     * A schema-first route.
     *
     * @param resource the schema file, a class-path resource such as {@code notes.graphql}
     * @return the definition, without resolvers yet
     */
    public static GraphQLDefinition schema(String resource) {
        return new GraphQLDefinition().with(d -> d.schema = resource);
    }

    /**
     * Adds a resolver of a schema-first route.
     *
     * @param key a type and one of its fields, such as {@code "Query listNotes"}
     * @param resolver the resolver
     * @return a new definition
     * @throws ApiDeploymentException if the definition is code-first, or already has a resolver of
     *         that key
     */
    public GraphQLDefinition resolver(String key, GraphQLResolver resolver) {
        if (schema == null) {
            throw new ApiDeploymentException("Resolver '" + key + "' is for a schema-first GraphQL route; "
                    + "a code-first route resolves with its @GraphQLApi beans");
        }
        String normalised = key == null ? "" : key.strip().replaceAll("\\s+", " ");
        if (resolvers.containsKey(normalised)) {
            throw new ApiDeploymentException("The GraphQL route of schema " + schema + " has two resolvers of '" + normalised + "'");
        }
        return with(d -> {
            Map<String, GraphQLResolver> extended = new LinkedHashMap<>(resolvers);
            extended.put(normalised, resolver);
            d.resolvers = Collections.unmodifiableMap(extended);
        });
    }

    /**
     * Sets the deepest query accepted, as {@link GraphQLRoute#maxDepth()}.
     *
     * @param depth a depth of at least 1
     * @return a new definition
     */
    public GraphQLDefinition maxDepth(int depth) {
        return with(d -> d.maxDepth = depth);
    }

    /**
     * Sets the most complex query accepted, as {@link GraphQLRoute#maxComplexity()}.
     *
     * @param complexity a complexity of at least 1
     * @return a new definition
     */
    public GraphQLDefinition maxComplexity(int complexity) {
        return with(d -> d.maxComplexity = complexity);
    }

    /**
     * Sets whether the schema may be introspected, as {@link GraphQLRoute#introspection()}.
     *
     * @param allowed {@code false} to refuse introspection
     * @return a new definition
     */
    public GraphQLDefinition introspection(boolean allowed) {
        return with(d -> d.introspection = allowed);
    }

    /**
     * The schema file.
     *
     * @return the resource, or empty for code-first
     */
    public Optional<String> schema() {
        return Optional.ofNullable(schema);
    }

    /**
     * The resolvers, by normalised key.
     *
     * @return an immutable map in the order they were added
     */
    public Map<String, GraphQLResolver> resolvers() {
        return resolvers;
    }

    /**
     * The deepest query accepted.
     *
     * @return the depth, or 0 for the configured default
     */
    public int maxDepth() {
        return maxDepth;
    }

    /**
     * The most complex query accepted.
     *
     * @return the complexity, or 0 for the configured default
     */
    public int maxComplexity() {
        return maxComplexity;
    }

    /**
     * Whether the schema may be introspected.
     *
     * @return {@code true} unless turned off
     */
    public boolean introspection() {
        return introspection;
    }

    /**
     * The route's handler, to add to a route table.
     *
     * @return the handler
     * @throws ApiDeploymentException if the implementation serves no GraphQL, the schema cannot be
     *         read, or resolvers and schema do not match
     */
    public Handler handler() {
        return WaymarkProvider.instance().createGraphQLHandler(this);
    }

    private GraphQLDefinition with(Consumer<GraphQLDefinition> change) {
        GraphQLDefinition copy = new GraphQLDefinition();
        copy.schema = schema;
        copy.resolvers = resolvers;
        copy.maxDepth = maxDepth;
        copy.maxComplexity = maxComplexity;
        copy.introspection = introspection;
        change.accept(copy);
        return copy;
    }
}
