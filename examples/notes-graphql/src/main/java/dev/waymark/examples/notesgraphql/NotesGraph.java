package dev.waymark.examples.notesgraphql;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The code-first schema: MicroProfile GraphQL on a CDI bean, served by {@link NotesApi}'s route. */
// tag::code-first[]
@GraphQLApi
@ApplicationScoped
public class NotesGraph {

    @Inject
    NoteStore store;

    @Query
    @Description("Every note, oldest first")
    public List<Note> notes() {
        return store.all();
    }

    @Query
    public Note note(@Name("id") @NonNull String id) {
        return store.find(id).orElse(null);
    }

    @Mutation
    public Note createNote(@Name("text") @NonNull String text) {
        return store.create(text);
    }
}
// end::code-first[]
