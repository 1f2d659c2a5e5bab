package dev.waymark.impl.graphql;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

import org.eclipse.microprofile.graphql.Name;

import dev.waymark.ApiDeploymentException;
import dev.waymark.auth.Identity;
import dev.waymark.graphql.GraphQLDefinition;
import dev.waymark.graphql.GraphQLResolver;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.graphql.Resolver;
import dev.waymark.graphql.ResolverContext;

/** The {@link Resolver} methods of a schema-first {@link GraphQLRoute} class, as resolvers [GQL-3-1]. */
final class ResolverMethods {

    private ResolverMethods() {
    }

    static GraphQLDefinition definitionOf(Class<?> type, GraphQLRoute route, Supplier<Object> target) {
        GraphQLDefinition definition = route.schema().isBlank() ? GraphQLDefinition.codeFirst() : GraphQLDefinition.schema(route.schema());
        List<Method> methods = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) {
                if (!method.isSynthetic() && method.isAnnotationPresent(Resolver.class)) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(Method::getName));
        if (route.schema().isBlank() && !methods.isEmpty()) {
            throw new ApiDeploymentException(type.getSimpleName() + "#" + methods.get(0).getName() + " is a @Resolver, but the "
                    + "@GraphQLRoute of " + type.getName() + " is code-first; name its schema file, or use @GraphQLApi beans");
        }
        for (Method method : methods) {
            definition = definition.resolver(method.getAnnotation(Resolver.class).value(), of(target, method));
        }
        definition = definition.introspection(route.introspection());
        if (route.maxDepth() != 0) {
            definition = definition.maxDepth(route.maxDepth());
        }
        if (route.maxComplexity() != 0) {
            definition = definition.maxComplexity(route.maxComplexity());
        }
        return definition;
    }

    private static GraphQLResolver of(Supplier<Object> target, Method method) {
        String where = method.getDeclaringClass().getSimpleName() + "#" + method.getName();
        if (Modifier.isPrivate(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
            throw new ApiDeploymentException(where + " is a resolver and must be neither private nor static");
        }
        List<Function<ResolverContext, Object>> binders = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            Class<?> type = parameter.getType();
            Name name = parameter.getAnnotation(Name.class);
            if (type == ResolverContext.class) {
                binders.add(context -> context);
            } else if (type == Identity.class) {
                binders.add(context -> context.identity().orElse(null));
            } else if (name != null) {
                binders.add(context -> context.argument(name.value(), type));
            } else {
                throw new ApiDeploymentException("Cannot supply parameter '" + parameter.getName() + "' of resolver " + where
                        + ": take a ResolverContext, an Identity, or an argument annotated @Name(\"...\")");
            }
        }
        method.setAccessible(true);
        return context -> {
            Object[] arguments = new Object[binders.size()];
            for (int i = 0; i < arguments.length; i++) {
                arguments[i] = binders.get(i).apply(context);
            }
            try {
                return method.invoke(target.get(), arguments);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof Exception cause) {
                    throw cause;
                }
                throw e;
            }
        };
    }
}
