package dev.waymark.tck.route.app;

/**
 * A body type bound through JSON-B.
 *
 * @param title the title
 * @param stars a number
 */
public record Note(String title, int stars) {
}
