package dev.waymark.examples.orders;

/**
 * An order as the shop stores and shows it.
 *
 * @param id its id
 * @param customer who placed it
 * @param item what was ordered
 * @param quantity how many
 */
public record Order(long id, String customer, String item, int quantity) {
}
