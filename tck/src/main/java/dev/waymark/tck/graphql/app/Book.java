package dev.waymark.tck.graphql.app;

/** A book of the code-first schema. */
public class Book {

    private String id;
    private String title;

    /** For JSON-B and SmallRye GraphQL. */
    public Book() {
    }

    Book(String id, String title) {
        this.id = id;
        this.title = title;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }
}
