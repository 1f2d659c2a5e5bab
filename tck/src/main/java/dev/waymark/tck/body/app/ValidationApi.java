package dev.waymark.tck.body.app;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.ws.rs.QueryParam;

import dev.waymark.Api;
import dev.waymark.Route;

/** Handlers with Bean Validation constraints on their body and parameters. */
@Api(basePath = "/valid")
public class ValidationApi {

    /**
     * An order.
     *
     * @param customer who orders
     * @param lines what is ordered
     */
    public record Order(@NotBlank String customer, @NotEmpty List<@Valid Line> lines) {
    }

    /**
     * A line of an order.
     *
     * @param sku the article
     * @param quantity how many
     */
    public record Line(@NotBlank String sku, @Min(1) int quantity) {
    }

    @Route("POST /orders")
    public String order(@Valid Order order) {
        return order.customer() + ":" + order.lines().size();
    }

    @Route("GET /search")
    public int search(@QueryParam("limit") @Min(1) @Max(100) int limit) {
        return limit;
    }
}
