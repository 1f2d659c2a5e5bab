package dev.waymark.impl.handler;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import dev.waymark.Api;
import dev.waymark.ApiDeploymentException;
import dev.waymark.BodyLimit;
import dev.waymark.CatchAll;
import dev.waymark.Route;
import dev.waymark.RouteRuntime;
import dev.waymark.RuntimeHint;
import dev.waymark.cors.CorsPolicy;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.impl.auth.ApiAuthorizers;
import dev.waymark.impl.auth.AuthChoice;
import dev.waymark.impl.cors.CorsRules;
import dev.waymark.impl.route.HostPattern;
import dev.waymark.impl.route.RouteKey;
import dev.waymark.impl.validation.ParameterValidator;
import dev.waymark.impl.websocket.WebSocketProtocol;

/**
 * Reads an {@link Api} class: its name, base path, and a route for each {@link Route} or
 * {@link CatchAll} method.
 *
 * @param type the class
 * @param name the API name
 * @param basePath the literal segments of the base path
 * @param routes the routes, in method-name order
 * @param authorizers the authorizers the class declares
 * @param domain the host name the class binds the API to, if any
 * @param subscriptions the WebSocket endpoint of its GraphQL route's subscriptions, if any
 */
public record ApiClass(Class<?> type, String name, List<String> basePath, List<DeclaredRoute> routes, ApiAuthorizers authorizers,
        Optional<String> domain, Optional<Subscriptions> subscriptions) {

    /**
     * The subscriptions of a GraphQL route [GQL-4-1]: its protocol at the route's path, guarded by
     * the API's authorizer and origins.
     *
     * @param path the route's full path
     * @param protocol the protocol
     * @param authorizer the API's choice of authorizer, or null
     * @param cors the API's CORS policy, if it declares one
     */
    public record Subscriptions(String path, WebSocketProtocol protocol, AuthChoice authorizer, Optional<CorsPolicy> cors) {
    }

    /**
     * Reads a class.
     *
     * @param type a class annotated {@link Api}
     * @param target supplies the instance to invoke handler methods on
     * @param beans supplies the instance of a class the API names, such as a custom authorizer
     * @return the API
     * @throws ApiDeploymentException if a declaration is invalid
     */
    public static ApiClass read(Class<?> type, Supplier<Object> target, Function<Class<?>, Object> beans) {
        Api api = type.getAnnotation(Api.class);
        if (api == null) {
            throw new ApiDeploymentException(type.getName() + " is not annotated @Api");
        }
        String name = api.name().isEmpty() ? type.getSimpleName() : api.name();
        List<String> basePath = RouteKey.parseBasePath(api.basePath());
        UnaryOperator<RouteSettings> declared = RouteSettings.declaredBy(type, type.getSimpleName());
        UnaryOperator<RouteSettings> apiSettings = RouteSettings.withConfiguredCors(declared, name, CorsRules.policyOf(type));
        BodyLimit apiBody = type.getAnnotation(BodyLimit.class);
        boolean apiParse = apiBody == null || apiBody.parse();
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isSynthetic() && (method.isAnnotationPresent(Route.class) || method.isAnnotationPresent(CatchAll.class))) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        List<DeclaredRoute> routes = new ArrayList<>();
        for (Method method : methods) {
            routes.add(route(type, method, target, apiSettings, apiParse));
        }
        GraphQLRoute graphql = type.getAnnotation(GraphQLRoute.class);
        Optional<Subscriptions> subscriptions = Optional.empty();
        if (graphql != null) {
            String where = "the @GraphQLRoute of " + type.getName();
            GraphQLEngine engine = GraphQLEngine.find(where);
            GraphQLDefinition definition = engine.definitionOf(type, graphql, target);
            DeclaredRoute route = graphQLRoute(engine, definition, graphql, type, where, apiSettings);
            routes.add(route);
            String path = "/" + String.join("/", basePath) + (route.key().path().equals("/") ? "" : route.key().path());
            subscriptions = engine.subscriptions(definition, where).map(protocol -> new Subscriptions(path.replace("//", "/"), protocol,
                    ApiAuthorizers.declaredBy(type).orElse(null), CorsRules.policyOf(type)));
        }
        Optional<String> domain = api.domain().isBlank() ? Optional.empty()
                : Optional.of(HostPattern.parse(api.domain(), type.getName()).pattern());
        return new ApiClass(type, name, basePath, List.copyOf(routes), ApiAuthorizers.declaredBy(type, name, beans), domain, subscriptions);
    }

    /** The route of a {@link GraphQLRoute} [GQL-1-1]: {@code ANY path}, so GraphQL over HTTP decides about methods. */
    private static DeclaredRoute graphQLRoute(GraphQLEngine engine, GraphQLDefinition definition, GraphQLRoute graphql, Class<?> type,
            String where, UnaryOperator<RouteSettings> apiSettings) {
        String declared = "ANY " + graphql.value().strip();
        RouteKey key;
        try {
            key = RouteKey.parse(declared);
        } catch (ApiDeploymentException e) {
            throw new ApiDeploymentException(e.getMessage() + " (" + where + ")");
        }
        Endpoint endpoint = new HandlerEndpoint(engine.handler(definition, where, type.getClassLoader()));
        return new DeclaredRoute(declared, key, endpoint, apiSettings);
    }

    private static DeclaredRoute route(Class<?> type, Method method, Supplier<Object> target,
            UnaryOperator<RouteSettings> apiSettings, boolean apiParse) {
        String where = type.getSimpleName() + "#" + method.getName();
        Route route = method.getAnnotation(Route.class);
        if (route != null && method.isAnnotationPresent(CatchAll.class)) {
            throw new ApiDeploymentException(where + " has both @Route and @CatchAll; keep one");
        }
        int modifiers = method.getModifiers();
        if (Modifier.isPrivate(modifiers) || Modifier.isStatic(modifiers)) {
            throw new ApiDeploymentException(where + " is a handler method and must be neither private nor static");
        }
        String declared = route == null ? RouteKey.DEFAULT : route.value();
        RouteKey key;
        try {
            key = RouteKey.parse(declared);
        } catch (ApiDeploymentException e) {
            throw new ApiDeploymentException(e.getMessage() + " (on " + where + ")");
        }
        UnaryOperator<RouteSettings> routeSettings = RouteSettings.declaredBy(method, where);
        BodyLimit body = method.getAnnotation(BodyLimit.class);
        boolean parse = body == null ? apiParse : body.parse();
        RuntimeHint hint = method.isAnnotationPresent(RuntimeHint.class) ? method.getAnnotation(RuntimeHint.class) : type.getAnnotation(RuntimeHint.class);
        boolean edge = hint != null && hint.value() == RouteRuntime.EDGE;
        Endpoint endpoint = new MethodEndpoint(target, method, ParameterBinders.forMethod(method, key, where, parse, edge),
                ParameterValidator.forMethod(method, where));
        return new DeclaredRoute(declared.strip().replaceAll("\\s+", " "), key, endpoint,
                settings -> routeSettings.apply(apiSettings.apply(settings)));
    }
}
