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

import dev.waymark.graphql.SubscriptionEvents;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** The code-first schema: MicroProfile GraphQL on a CDI bean, served by {@link NotesApi}'s route. */
// tag::code-first[]
@GraphQLApi
@ApplicationScoped
public class NotesGraph {

    @Inject
    NoteStore store;

    @Inject
    SubscriptionEvents events;

    @Query
    @Description("Every note, oldest first")
    public List<Note> notes() {
        return store.all();
    }

    @Query
    public Note note(@Name("id") @NonNull String id) {
        return store.find(id).orElse(null);
    }

    // tag::events[]
    @Mutation
    public Note createNote(@Name("text") @NonNull String text) {
        Note note = store.create(text);
        events.publish("noteCreated", note);
        return note;
    }

    @Subscription
    @Description("Each note as it is created")
    public Multi<Note> noteCreated() {
        return Multi.createFrom().publisher(events.subscribe("noteCreated", Note.class));
    }
    // end::events[]
}
// end::code-first[]
