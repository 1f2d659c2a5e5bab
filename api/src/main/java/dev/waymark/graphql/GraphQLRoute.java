package dev.waymark.graphql;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a GraphQL route of a {@link dev.waymark.Api} class [GQL-1-1], as SST's
 * {@code "POST /graphql": { type: "graphql" }}: {@code POST} and {@code GET} at
 * {@code basePath + value} are served by GraphQL over HTTP, through the same router as the API's
 * other routes, so the API's CORS, access log, authorizer, body limit and rate limit apply to it.
 *
 * <p>Code-first (no {@link #schema()}): the schema is that of the application's
 * {@code org.eclipse.microprofile.graphql.GraphQLApi} beans. Schema-first: {@link #schema()} names
 * a schema file on the class path, and the class's {@link Resolver} methods resolve its fields; a
 * resolver key the schema lacks, or a root field ({@code Query}, {@code Mutation},
 * {@code Subscription}) without a resolver, fails deployment, naming it [GQL-3-1].
 *
 * <pre>
 * &#64;Api(name = "notes", basePath = "/api")
 * &#64;GraphQLRoute("/graphql")
 * public class NotesApi { ... }
 * </pre>
 *
 * @since 0.1
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GraphQLRoute {

    /**
     * The route's path, under the API's base path.
     *
     * @return such as {@code /graphql} (default)
     */
    String value() default "/graphql";

    /**
     * The schema file of a schema-first route.
     *
     * @return a class-path resource such as {@code notes.graphql}; empty (default) for code-first
     */
    String schema() default "";

    /**
     * The deepest query accepted [GQL-5-3].
     *
     * @return a depth; 0 (default) for {@code waymark.graphql.max-depth}, itself 15 by default
     */
    int maxDepth() default 0;

    /**
     * The most complex query accepted, counting one per field [GQL-5-3].
     *
     * @return a complexity; 0 (default) for {@code waymark.graphql.max-complexity}, itself 1000 by
     *         default
     */
    int maxComplexity() default 0;

    /**
     * Whether the schema may be introspected [GQL-5-4]; {@code waymark.graphql.introspection=false}
     * turns it off for every route.
     *
     * @return {@code true} (default) to allow introspection
     */
    boolean introspection() default true;
}
