package dev.waymark.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import dev.waymark.graphql.SubscriptionEvents;
import dev.waymark.spi.Cluster;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/** A schema whose mutation, on any node, reaches the subscribers of every node. */
@GraphQLApi
@ApplicationScoped
public class ClusterGraph {

    /** A note, and the node it was added on. */
    public record Note(String text, String node) {
    }

    @Inject
    SubscriptionEvents events;

    @Inject
    Cluster cluster;

    @Query
    public String node() {
        return cluster.localMember();
    }

    @Mutation
    public Note addNote(@Name("text") String text) {
        Note note = new Note(text, cluster.localMember());
        events.publish("noteAdded", note);
        return note;
    }

    @Subscription
    public Multi<Note> noteAdded() {
        return Multi.createFrom().publisher(events.subscribe("noteAdded", Note.class));
    }
}
