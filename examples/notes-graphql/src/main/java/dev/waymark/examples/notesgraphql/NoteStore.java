package dev.waymark.examples.notesgraphql;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;

/** The notes, in memory, shared by both GraphQL routes. */
@ApplicationScoped
public class NoteStore {

    private final List<Note> notes = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    List<Note> all() {
        return List.copyOf(notes);
    }

    Optional<Note> find(String id) {
        return notes.stream().filter(note -> note.getId().equals(id)).findFirst();
    }

    Note create(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A note needs text");
        }
        Note note = new Note(Long.toString(ids.incrementAndGet()), text.strip(), Instant.now().toString());
        notes.add(note);
        return note;
    }
}
