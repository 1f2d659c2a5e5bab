package dev.waymark.impl.graphql;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import org.jboss.jandex.IndexView;
import org.jboss.jandex.Indexer;

import dev.waymark.ApiDeploymentException;

/**
 * The Jandex index SmallRye GraphQL builds a schema from [GQL-2-1]: the {@code @GraphQLApi} classes
 * and every application type their methods and fields reach (return types, parameters, type
 * arguments, supertypes), without the JDK's and the platform's own types.
 */
final class ClassIndex {

    private ClassIndex() {
    }

    static IndexView of(Collection<Class<?>> roots) {
        Indexer indexer = new Indexer();
        Set<Class<?>> seen = new HashSet<>();
        Deque<Class<?>> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Class<?> type = pending.pop();
            if (!seen.add(type) || !indexable(type)) {
                continue;
            }
            index(indexer, type);
            reach(type.getGenericSuperclass(), pending);
            for (Type implemented : type.getGenericInterfaces()) {
                reach(implemented, pending);
            }
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPrivate(method.getModifiers()) && !method.isSynthetic()) {
                    reach(method.getGenericReturnType(), pending);
                    for (Type parameter : method.getGenericParameterTypes()) {
                        reach(parameter, pending);
                    }
                }
            }
            for (Field field : type.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers())) {
                    reach(field.getGenericType(), pending);
                }
            }
            if (type.getEnclosingClass() != null) {
                pending.add(type.getEnclosingClass());
            }
        }
        return indexer.complete();
    }

    private static boolean indexable(Class<?> type) {
        if (type.isPrimitive() || type.isArray() || type.isSynthetic()) {
            return false;
        }
        String name = type.getName();
        return !(name.startsWith("java.") || name.startsWith("javax.") || name.startsWith("jakarta.") || name.startsWith("sun.")
                || name.startsWith("jdk.") || name.startsWith("org.eclipse.microprofile.") || name.startsWith("io.smallrye.")
                || name.startsWith("graphql.") || name.startsWith("kotlin."));
    }

    private static void reach(Type type, Deque<Class<?>> pending) {
        if (type instanceof Class<?> raw) {
            pending.add(raw.isArray() ? raw.getComponentType() : raw);
        } else if (type instanceof ParameterizedType parameterized) {
            reach(parameterized.getRawType(), pending);
            for (Type argument : parameterized.getActualTypeArguments()) {
                reach(argument, pending);
            }
        } else if (type instanceof GenericArrayType array) {
            reach(array.getGenericComponentType(), pending);
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                reach(bound, pending);
            }
        }
    }

    private static void index(Indexer indexer, Class<?> type) {
        String resource = type.getName().replace('.', '/') + ".class";
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : ClassLoader.getSystemClassLoader();
        try (InputStream bytes = loader.getResourceAsStream(resource)) {
            if (bytes == null) {
                throw new ApiDeploymentException("Cannot read the class file of " + type.getName() + " to build the GraphQL schema");
            }
            indexer.index(bytes);
        } catch (IOException e) {
            throw new ApiDeploymentException("Cannot read the class file of " + type.getName() + " to build the GraphQL schema: " + e, e);
        }
    }
}
