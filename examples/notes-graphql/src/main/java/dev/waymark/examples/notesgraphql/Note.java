package dev.waymark.examples.notesgraphql;

/** A note: its properties are the GraphQL type's fields. */
public class Note {

    private String id;
    private String text;
    private String createdAt;

    /** For JSON-B and SmallRye GraphQL. */
    public Note() {
    }

    Note(String id, String text, String createdAt) {
        this.id = id;
        this.text = text;
        this.createdAt = createdAt;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(String createdAt) {
        this.createdAt = createdAt;
    }
}
