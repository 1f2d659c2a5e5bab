package dev.waymark.impl.graphql;

import java.util.Optional;
import java.util.function.Supplier;

import dev.waymark.Handler;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.impl.handler.GraphQLEngine;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.websocket.WebSocketProtocol;

/** GraphQL routes on SmallRye GraphQL (code-first) and graphql-java (schema-first) [GQL-1]. */
public final class SmallRyeGraphQLEngine implements GraphQLEngine {

    @Override
    public Handler handler(GraphQLDefinition definition, String where, ClassLoader loader) {
        Limits limits = Limits.of(definition, where);
        JsonLimits jsonLimits = JsonLimits.load();
        if (definition.schema().isPresent()) {
            return new GraphQLHttpHandler(SchemaFirstExecutor.of(definition, limits, jsonLimits, loader), jsonLimits);
        }
        return new GraphQLHttpHandler(GraphQLApiClasses.executor(limits, where), jsonLimits);
    }

    @Override
    public Optional<WebSocketProtocol> subscriptions(GraphQLDefinition definition, String where) {
        if (definition.schema().isPresent()) {
            return Optional.empty();
        }
        CodeFirstExecutor executor = GraphQLApiClasses.executor(Limits.of(definition, where), where);
        return executor.schema().getSubscriptionType() == null ? Optional.empty()
                : Optional.of(new SubscriptionProtocol());
    }

    @Override
    public GraphQLDefinition definitionOf(Class<?> type, GraphQLRoute route, Supplier<Object> target) {
        return ResolverMethods.definitionOf(type, route, target);
    }
}
