package dev.waymark.examples.notes;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The body of a create or update request.
 *
 * @param content the note's text
 */
// tag::draft[]
public record NoteDraft(@NotBlank @Size(max = 10_000) String content) {
}
// end::draft[]
