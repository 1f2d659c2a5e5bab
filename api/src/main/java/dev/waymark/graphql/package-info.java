/**
 * GraphQL as a route type [GQL]: {@link dev.waymark.graphql.GraphQLRoute} on an API class, or a
 * {@link dev.waymark.graphql.GraphQLDefinition} handler in a route table; code-first with the
 * MicroProfile GraphQL annotations, or schema-first with a schema file and a resolver table keyed
 * like AppSync ({@code "Query listNotes"}).
 */
package dev.waymark.graphql;
