package dev.waymark.graphql;

import java.util.Map;
import java.util.Optional;

import dev.waymark.auth.Identity;

/**
 * What a schema-first resolver is told about the field it resolves [GQL-3-1].
 *
 * @since 0.1
 */
public interface ResolverContext {

    /**
     * The type whose field is resolved.
     *
     * @return such as {@code Query} or {@code Note}
     */
    String typeName();

    /**
     * The field resolved.
     *
     * @return such as {@code listNotes}
     */
    String fieldName();

    /**
     * The field's arguments, as GraphQL coerced them.
     *
     * @return name to value: strings, numbers, booleans, lists and maps
     */
    Map<String, Object> arguments();

    /**
     * One argument, converted to a Java type as JSON-B converts JSON.
     *
     * @param name the argument's name
     * @param type such as {@code Long.class} or a record
     * @param <T> the type
     * @return the value, or null if the argument is absent or null
     * @throws IllegalArgumentException if it cannot be converted
     */
    <T> T argument(String name, Class<T> type);

    /**
     * The value of the parent field, for fields of object types.
     *
     * @param type the parent's Java type
     * @param <T> the type
     * @return the parent value, or null for root fields
     */
    <T> T source(Class<T> type);

    /**
     * Who calls, as the route's authorizer established it.
     *
     * @return the identity; empty without an authorizer
     */
    Optional<Identity> identity();
}
