package dev.waymark.tck.graphql.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;

import dev.waymark.graphql.SubscriptionEvents;
import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;

/**
 * The subscription of the code-first schema: SmallRye GraphQL's annotation, as MicroProfile
 * GraphQL has none, so only the archives of the optional tag {@code graphql-subscriptions} carry it.
 * Each book added is published to the topic {@code bookAdded} of the implementation's
 * {@link SubscriptionEvents}, which the subscription returns.
 */
// tag::subscription[]
@GraphQLApi
@ApplicationScoped
public class BookSubscriptions {

    @Inject
    SubscriptionEvents events;

    void added(@Observes Book book) {
        events.publish("bookAdded", book);
    }

    @Subscription
    public Multi<Book> bookAdded() {
        return Multi.createFrom().publisher(events.subscribe("bookAdded", Book.class));
    }
}
// end::subscription[]
