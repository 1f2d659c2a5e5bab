package dev.waymark.tck.graphql.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import dev.waymark.RouteTable;
import dev.waymark.graphql.GraphQLDefinition;

/** The schema-first route as a route table, with introspection turned off. */
@ApplicationScoped
public class NotesTableProducer {

    // tag::table[]
    @Produces
    @ApplicationScoped
    RouteTable notesTable() {
        return RouteTable.create("gql-table", "/table")
                .add("ANY /graphql", GraphQLDefinition.schema("dev/waymark/tck/graphql/notes.graphql")
                        .resolver("Query notes", context -> Notes.all())
                        .resolver("Query note", context -> Notes.find(context.argument("id", String.class)))
                        .resolver("Query whoami", context -> context.identity().map(identity -> identity.principal()).orElse("nobody"))
                        .resolver("Mutation addNote", context -> Notes.add(context.argument("text", String.class)))
                        .resolver("Note related", context -> Notes.relatedTo(context.source(Notes.Note.class)))
                        .introspection(false)
                        .handler());
    }
    // end::table[]
}
