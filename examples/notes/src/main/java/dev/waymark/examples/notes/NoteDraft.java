package dev.waymark.examples.notes;

/**
 * The body of a create or update request.
 *
 * @param content the note's text
 */
public record NoteDraft(String content) {
}
