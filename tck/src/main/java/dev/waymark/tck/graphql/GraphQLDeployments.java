package dev.waymark.tck.graphql;

import org.jboss.shrinkwrap.api.spec.WebArchive;

import dev.waymark.tck.Deployments;
import dev.waymark.tck.auth.app.KeyAuthorizer;
import dev.waymark.tck.graphql.app.Book;
import dev.waymark.tck.graphql.app.BookSubscriptions;
import dev.waymark.tck.graphql.app.Books;
import dev.waymark.tck.graphql.app.BooksRoute;
import dev.waymark.tck.graphql.app.Notes;
import dev.waymark.tck.graphql.app.NotesRoute;
import dev.waymark.tck.graphql.app.NotesTableProducer;

/** The archive of area GQL. */
final class GraphQLDeployments {

    /** The schema file of the schema-first routes. */
    static final String NOTES_SCHEMA = "dev/waymark/tck/graphql/notes.graphql";

    private GraphQLDeployments() {
    }

    /**
     * The GraphQL routes' archive with the code-first schema's subscription, which needs SmallRye
     * GraphQL's own annotation.
     */
    static WebArchive withSubscriptions(String name) {
        return graphql(name).addClass(BookSubscriptions.class);
    }

    static WebArchive graphql(String name) {
        return Deployments.war(name, Book.class, Books.class, BooksRoute.class, Notes.class, Notes.Note.class, NotesRoute.class,
                NotesTableProducer.class, KeyAuthorizer.class).addAsResource(NOTES_SCHEMA);
    }
}
