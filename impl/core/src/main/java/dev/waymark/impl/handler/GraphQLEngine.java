package dev.waymark.impl.handler;

import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Supplier;

import dev.waymark.ApiDeploymentException;
import dev.waymark.Handler;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.impl.websocket.WebSocketProtocol;

/**
 * What serves GraphQL routes [GQL-1]: the module {@code waymark-impl-graphql}, found with
 * {@link ServiceLoader}. Without it, a GraphQL route fails deployment saying what to add.
 */
public interface GraphQLEngine {

    /**
     * The handler of a GraphQL route.
     *
     * @param definition the route
     * @param where the route described for error messages
     * @param loader where a schema file is looked for
     * @return the handler, which serves GraphQL over HTTP
     * @throws ApiDeploymentException if the definition is invalid
     */
    Handler handler(GraphQLDefinition definition, String where, ClassLoader loader);

    /**
     * The subscriptions of a GraphQL route [GQL-4-1], served over WebSocket at the route's path.
     *
     * @param definition the route
     * @param where the route described for error messages
     * @return the protocol, if the route's schema has subscriptions
     */
    Optional<WebSocketProtocol> subscriptions(GraphQLDefinition definition, String where);

    /**
     * The definition a {@link GraphQLRoute} class declares: its settings, and for schema-first its
     * {@code @Resolver} methods.
     *
     * @param type the API class
     * @param route its annotation
     * @param target supplies the instance to invoke resolvers on
     * @return the definition
     * @throws ApiDeploymentException if a resolver method is invalid
     */
    GraphQLDefinition definitionOf(Class<?> type, GraphQLRoute route, Supplier<Object> target);

    /**
     * The engine of the class path.
     *
     * @param where the route that needs it, for the message
     * @return the engine
     * @throws ApiDeploymentException if there is none
     */
    static GraphQLEngine find(String where) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (GraphQLEngine engine : ServiceLoader.load(GraphQLEngine.class, loader != null ? loader : GraphQLEngine.class.getClassLoader())) {
            return engine;
        }
        for (GraphQLEngine engine : ServiceLoader.load(GraphQLEngine.class, GraphQLEngine.class.getClassLoader())) {
            return engine;
        }
        throw new ApiDeploymentException(where + " is a GraphQL route, but no GraphQL implementation is on the class path; "
                + "add the dependency dev.waymark:waymark-impl-graphql");
    }
}
