package dev.waymark.examples.orders;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * An order as a client places it.
 *
 * @param customer who places it
 * @param item what is ordered
 * @param quantity how many, 1 to 100
 */
public record NewOrder(@NotBlank @Size(max = 80) String customer, @NotBlank @Size(max = 80) String item,
        @Min(1) @Max(100) int quantity) {
}
