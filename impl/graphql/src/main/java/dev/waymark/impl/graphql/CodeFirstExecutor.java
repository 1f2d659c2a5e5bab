package dev.waymark.impl.graphql;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.jboss.jandex.IndexView;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.Identity;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.bootstrap.Bootstrap;
import io.smallrye.graphql.execution.ExecutionResponse;
import io.smallrye.graphql.execution.ExecutionResponseWriter;
import io.smallrye.graphql.execution.ExecutionService;
import io.smallrye.graphql.schema.SchemaBuilder;
import io.smallrye.graphql.schema.model.Schema;

/**
 * The code-first schema of an application [GQL-2-1]: SmallRye GraphQL's model of its
 * {@code @GraphQLApi} beans, run by SmallRye's {@link ExecutionService} on the request's thread (so
 * the request's CDI scope, and the {@code JsonWebToken} in it, reach the resolvers).
 */
final class CodeFirstExecutor implements GraphQLExecutor {

    private final ExecutionService service;
    private final GraphQLSchema schema;

    private CodeFirstExecutor(ExecutionService service, GraphQLSchema schema) {
        this.service = service;
        this.schema = schema;
    }

    /**
     * Builds the schema of some classes.
     *
     * @param apiClasses the {@code @GraphQLApi} classes
     * @return the executor
     * @throws ApiDeploymentException if there are none, or SmallRye cannot build their schema
     */
    static CodeFirstExecutor of(Collection<Class<?>> apiClasses) {
        if (apiClasses.isEmpty()) {
            throw new ApiDeploymentException("A code-first GraphQL route needs @GraphQLApi beans, and the application has none; "
                    + "annotate a CDI bean with org.eclipse.microprofile.graphql.GraphQLApi, or make the route schema-first");
        }
        IndexView index = ClassIndex.of(apiClasses);
        try {
            Schema model = SchemaBuilder.build(index);
            GraphQLSchema schema = Bootstrap.bootstrap(model);
            if (schema == null) {
                throw new ApiDeploymentException("SmallRye GraphQL built no schema from " + apiClasses
                        + "; give them @Query or @Mutation methods");
            }
            return new CodeFirstExecutor(new ExecutionService(schema, model), schema);
        } catch (RuntimeException e) {
            if (e instanceof ApiDeploymentException) {
                throw e;
            }
            throw new ApiDeploymentException("The GraphQL schema of " + apiClasses + " cannot be built: " + e.getMessage(), e);
        }
    }

    /**
     * The schema.
     *
     * @return the graphql-java schema
     */
    GraphQLSchema schema() {
        return schema;
    }

    /**
     * SmallRye's execution service, which its subscription handler looks up.
     *
     * @return the service
     */
    ExecutionService service() {
        return service;
    }

    @Override
    public Executed execute(GraphQLRequest request, Optional<Identity> identity) {
        CompletableFuture<ExecutionResponse> answer = new CompletableFuture<>();
        Map<String, Object> context = new HashMap<>();
        identity.ifPresent(caller -> context.put(DefaultResolverContext.IDENTITY, caller));
        service.executeSync(request.json(), context, new ExecutionResponseWriter() {
            @Override
            public void write(ExecutionResponse response) {
                answer.complete(response);
            }

            @Override
            public void fail(Throwable failure) {
                answer.completeExceptionally(failure);
            }
        });
        ExecutionResponse response = answer.join();
        return new Executed(response.getExecutionResultAsString(), response.getExecutionResult().isDataPresent());
    }
}
