package dev.waymark.impl.graphql;

import java.util.Map;
import java.util.Optional;

import dev.waymark.auth.Identity;
import dev.waymark.graphql.ResolverContext;
import dev.waymark.impl.http.JsonCodec;
import dev.waymark.impl.http.JsonLimits;
import dev.waymark.impl.http.JsonRefusal;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLObjectType;

/** A field being resolved by a schema-first resolver [GQL-3-1]. */
final class DefaultResolverContext implements ResolverContext {

    /** The key of the caller's identity in the GraphQL context. */
    static final String IDENTITY = "dev.waymark.identity";

    private final DataFetchingEnvironment environment;
    private final JsonLimits jsonLimits;

    DefaultResolverContext(DataFetchingEnvironment environment, JsonLimits jsonLimits) {
        this.environment = environment;
        this.jsonLimits = jsonLimits;
    }

    @Override
    public String typeName() {
        return ((GraphQLObjectType) environment.getParentType()).getName();
    }

    @Override
    public String fieldName() {
        return environment.getField().getName();
    }

    @Override
    public Map<String, Object> arguments() {
        return environment.getArguments();
    }

    @Override
    public <T> T argument(String name, Class<T> type) {
        return convert(environment.getArgument(name), type, "argument '" + name + "' of " + typeName() + "." + fieldName());
    }

    @Override
    public <T> T source(Class<T> type) {
        return convert(environment.getSource(), type, "the parent of " + typeName() + "." + fieldName());
    }

    @Override
    public Optional<Identity> identity() {
        Object identity = environment.getGraphQlContext().get(IDENTITY);
        return identity instanceof Identity caller ? Optional.of(caller) : Optional.empty();
    }

    /** A value as a Java type: itself if it is one, else through its JSON, as JSON-B binds bodies. */
    private <T> T convert(Object value, Class<T> type, String what) {
        if (value == null) {
            return null;
        }
        Class<?> boxed = type.isPrimitive() ? box(type) : type;
        if (boxed.isInstance(value)) {
            @SuppressWarnings("unchecked")
            T same = (T) value;
            return same;
        }
        try {
            @SuppressWarnings("unchecked")
            T converted = (T) JsonCodec.read(JsonCodec.toBytes(value), boxed, jsonLimits, "value");
            return converted;
        } catch (JsonRefusal e) {
            throw new IllegalArgumentException("The " + what + " does not convert: " + e.getMessage(), e);
        }
    }

    private static Class<?> box(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }
}
