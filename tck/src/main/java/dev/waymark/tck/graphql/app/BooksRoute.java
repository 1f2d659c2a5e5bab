package dev.waymark.tck.graphql.app;

import dev.waymark.Api;
import dev.waymark.BodyLimit;
import dev.waymark.cors.Cors;
import dev.waymark.graphql.GraphQLRoute;

/** A code-first GraphQL route, with the API's CORS policy and body limit. */
// tag::route[]
@Api(name = "gql-books", basePath = "/books")
@GraphQLRoute("/graphql")
@Cors(allowOrigins = "https://app.example.test")
@BodyLimit("4kb")
public class BooksRoute {
}
// end::route[]
