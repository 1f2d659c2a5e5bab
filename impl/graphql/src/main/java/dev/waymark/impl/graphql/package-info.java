/**
 * GraphQL routes [GQL]: code-first on SmallRye GraphQL, schema-first on graphql-java, both served as
 * GraphQL over HTTP by one handler that Waymark's router dispatches like any other route.
 */
package dev.waymark.impl.graphql;
