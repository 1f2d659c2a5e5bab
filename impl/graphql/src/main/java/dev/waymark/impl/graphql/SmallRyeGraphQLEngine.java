package dev.waymark.impl.graphql;

import java.util.function.Supplier;

import dev.waymark.Handler;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.impl.handler.GraphQLEngine;

/** GraphQL routes on SmallRye GraphQL (code-first) and graphql-java (schema-first) [GQL-1]. */
public final class SmallRyeGraphQLEngine implements GraphQLEngine {

    @Override
    public Handler handler(GraphQLDefinition definition, String where, ClassLoader loader) {
        Limits limits = Limits.of(definition, where);
        if (definition.schema().isPresent()) {
            return new GraphQLHttpHandler(SchemaFirstExecutor.of(definition, limits, loader));
        }
        return new GraphQLHttpHandler(GraphQLApiClasses.executor(limits, where));
    }

    @Override
    public GraphQLDefinition definitionOf(Class<?> type, GraphQLRoute route, Supplier<Object> target) {
        return ResolverMethods.definitionOf(type, route, target);
    }
}
