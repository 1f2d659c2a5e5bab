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

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/** The code-first schema: MicroProfile GraphQL on a CDI bean, served by {@link NotesApi}'s route. */
// tag::code-first[]
@GraphQLApi
@ApplicationScoped
public class NotesGraph {

    @Inject
    NoteStore store;

    private final BroadcastProcessor<Note> created = BroadcastProcessor.create();

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
        Note note = store.create(text);
        created.onNext(note);
        return note;
    }

    @Subscription
    @Description("Each note as it is created")
    public Multi<Note> noteCreated() {
        return created;
    }
}
// end::code-first[]
