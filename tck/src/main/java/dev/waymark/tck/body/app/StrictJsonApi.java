package dev.waymark.tck.body.app;

import java.util.List;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonValue;

import dev.waymark.Api;
import dev.waymark.Route;

/** JSON bodies bound to records, maps, lists and JSON-P values, for the JSON limits and strict binding. */
@Api(basePath = "/strict")
public class StrictJsonApi {

    /**
     * One line of an order.
     *
     * @param sku the article
     * @param qty how many
     */
    public record Line(String sku, int qty) {
    }

    /**
     * An order.
     *
     * @param lines its lines
     * @param total its total, in cents
     */
    public record Order(List<Line> lines, long total) {
    }

    @Route("POST /orders")
    public String order(Order order) {
        return order.lines().size() + " lines, " + order.total();
    }

    @Route("POST /map")
    public String map(Map<String, Object> body) {
        return body.size() + " keys";
    }

    @Route("POST /list")
    public String list(List<Integer> body) {
        return body.size() + " numbers";
    }

    @Route("POST /json-array")
    public String jsonArray(JsonArray body) {
        return body.size() + " values";
    }

    @Route("POST /json-value")
    public String jsonValue(JsonValue body) {
        return body.getValueType().name();
    }
}
