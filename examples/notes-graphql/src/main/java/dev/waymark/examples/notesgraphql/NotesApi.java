package dev.waymark.examples.notesgraphql;

import dev.waymark.Api;
import dev.waymark.graphql.GraphQLRoute;

/** {@code POST|GET /api/graphql}: the code-first schema of {@link NotesGraph}. */
// tag::route[]
@Api(name = "notes", basePath = "/api")
@GraphQLRoute("/graphql")
public class NotesApi {
}
// end::route[]
