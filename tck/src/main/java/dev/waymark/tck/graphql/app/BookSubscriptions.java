package dev.waymark.tck.graphql.app;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.graphql.GraphQLApi;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The subscription of the code-first schema: SmallRye GraphQL's annotation, as MicroProfile
 * GraphQL has none, so only the archives of the optional tag {@code graphql-subscriptions} carry it.
 */
// tag::subscription[]
@GraphQLApi
@ApplicationScoped
public class BookSubscriptions {

    private final BroadcastProcessor<Book> added = BroadcastProcessor.create();

    void added(@Observes Book book) {
        added.onNext(book);
    }

    @Subscription
    public Multi<Book> bookAdded() {
        return added;
    }
}
// end::subscription[]
