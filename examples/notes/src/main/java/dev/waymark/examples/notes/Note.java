package dev.waymark.examples.notes;

import java.time.Instant;

/**
 * A stored note.
 *
 * @param noteId its id
 * @param content its text
 * @param createdAt when it was created
 */
public record Note(String noteId, String content, Instant createdAt) {
}
