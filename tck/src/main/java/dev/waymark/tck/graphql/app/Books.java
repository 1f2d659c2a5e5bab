package dev.waymark.tck.graphql.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Query;


/**
 * The code-first schema: MicroProfile GraphQL annotations on a CDI bean. Each book added is also a
 * CDI event, which {@link BookSubscriptions} publishes where the archive carries it.
 */
// tag::code-first[]
@GraphQLApi
@ApplicationScoped
public class Books {

    private final List<Book> books = new CopyOnWriteArrayList<>(List.of(new Book("1", "Dune")));

    @Inject
    Event<Book> added;

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
        added.fire(book);
        return book;
    }
}
// end::code-first[]
