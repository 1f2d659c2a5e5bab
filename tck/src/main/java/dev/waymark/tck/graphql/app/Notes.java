package dev.waymark.tck.graphql.app;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The notes of the schema-first routes, shared by the class and the route table. */
public final class Notes {

    /** A note: its fields are the schema's {@code id} and {@code text}. */
    public record Note(String id, String text) {
    }

    private static final List<Note> NOTES = new CopyOnWriteArrayList<>(List.of(new Note("1", "first"), new Note("2", "second")));

    private Notes() {
    }

    static List<Note> all() {
        return NOTES;
    }

    static Note find(String id) {
        return NOTES.stream().filter(note -> note.id().equals(id)).findFirst().orElse(null);
    }

    static Note add(String text) {
        if (text.isBlank()) {
            throw new IllegalArgumentException("a note needs text");
        }
        Note note = new Note(Integer.toString(NOTES.size() + 1), text);
        NOTES.add(note);
        return note;
    }

    static List<Note> relatedTo(Note note) {
        return NOTES.stream().filter(other -> !other.id().equals(note.id())).toList();
    }
}
