package dev.waymark.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resolver of a schema-first {@link GraphQLRoute} [GQL-3-1], keyed like AppSync's resolvers:
 * {@code "Query listNotes"}, {@code "Mutation createNote"}, {@code "Note author"} (type, then
 * field; extra spaces are ignored).
 *
 * <p>The method takes, in any order: a {@link ResolverContext}; parameters annotated
 * {@code org.eclipse.microprofile.graphql.Name} bound from the field's arguments (converted as
 * JSON-B converts them); the {@link dev.waymark.auth.Identity}. It returns the field's value: an
 * object whose properties are the type's fields, a {@code List}, a scalar, a
 * {@code CompletionStage} of one of those, or for a {@code Subscription} field a
 * {@code java.util.concurrent.Flow.Publisher} of events.
 *
 * <pre>
 * &#64;Resolver("Query note")
 * public Note note(&#64;Name("id") long id) {
 *     return store.find(id).orElse(null);
 * }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resolver {

    /**
     * The key: a type of the schema, then one of its fields.
     *
     * @return such as {@code "Query listNotes"}
     */
    String value();
}
