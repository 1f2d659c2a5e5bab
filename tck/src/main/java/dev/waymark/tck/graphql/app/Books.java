package dev.waymark.tck.graphql.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The code-first schema: MicroProfile GraphQL annotations on a CDI bean, and a subscription
 * (SmallRye GraphQL's annotation, as MicroProfile GraphQL has none).
 */
// tag::code-first[]
@GraphQLApi
@ApplicationScoped
public class Books {

    private final List<Book> books = new CopyOnWriteArrayList<>(List.of(new Book("1", "Dune")));
    private final BroadcastProcessor<Book> added = BroadcastProcessor.create();

    @Query
    public List<Book> books() {
        return books;
    }

    @Query
    public Book book(@Name("id") String id) {
        return books.stream().filter(book -> book.getId().equals(id)).findFirst().orElse(null);
    }

    @Mutation
    public Book addBook(@Name("title") String title) {
        Book book = new Book(Integer.toString(books.size() + 1), title);
        books.add(book);
        added.onNext(book);
        return book;
    }

    @Subscription
    public Multi<Book> bookAdded() {
        return added;
    }
}
// end::code-first[]
