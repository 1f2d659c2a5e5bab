package dev.waymark.examples.notesgraphql;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Name;

import dev.waymark.Api;
import dev.waymark.graphql.GraphQLRoute;
import dev.waymark.graphql.Resolver;

/** {@code POST|GET /schema/graphql}: the schema of {@code notes.graphql}, resolved as AppSync resolves "Query listNotes". */
// tag::schema-first[]
@Api(name = "notes-schema", basePath = "/schema")
@GraphQLRoute(value = "/graphql", schema = "notes.graphql")
public class NotesSchemaApi {

    @Inject
    NoteStore store;

    @Resolver("Query listNotes")
    public List<Note> listNotes() {
        return store.all();
    }

    @Resolver("Query getNote")
    public Note getNote(@Name("id") String id) {
        return store.find(id).orElse(null);
    }

    @Resolver("Mutation createNote")
    public Note createNote(@Name("text") String text) {
        return store.create(text);
    }
}
// end::schema-first[]
