package dev.waymark.graphql;

/**
 * A resolver of a schema-first {@link GraphQLDefinition} [GQL-3-1]: the programmatic counterpart
 * of a {@link Resolver} method, as an AppSync data source is to its resolver key.
 *
 * <pre>
 * GraphQLDefinition.schema("notes.graphql")
 *         .resolver("Query note", context -&gt; store.find(context.argument("id", Long.class)).orElse(null));
 * </pre>
 *
 * @since 0.1
 */
@FunctionalInterface
public interface GraphQLResolver {

    /**
     * Resolves a field.
     *
     * @param context the field, its arguments, its parent and the caller
     * @return the field's value, as for a {@link Resolver} method
     * @throws Exception a failure: the field is null and the response carries an error naming it
     *         (its message only, never a stack trace)
     */
    Object resolve(ResolverContext context) throws Exception;
}
