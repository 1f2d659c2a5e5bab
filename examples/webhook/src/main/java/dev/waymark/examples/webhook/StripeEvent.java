package dev.waymark.examples.webhook;

import java.io.ByteArrayInputStream;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;

/**
 * The parts of a Stripe event this example keeps.
 *
 * @param id the event id, such as {@code evt_1NG8Du2eZvKYlo2CUI79vXWy}; Stripe sends the same id
 *        again when it retries a delivery
 * @param type the event type, such as {@code payment_intent.succeeded}
 */
public record StripeEvent(String id, String type) {

    /**
     * Reads an event from a request body. Call it only once the body's signature is verified.
     *
     * @param body the body: a JSON object with string members {@code id} and {@code type}
     * @return the event
     * @throws BadRequestException if the body is not such an object
     */
    public static StripeEvent parse(byte[] body) {
        JsonObject event;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(body))) {
            event = reader.readObject();
        } catch (JsonException e) {
            throw DeliveryRefusal.of("The event is not a JSON object: " + e.getMessage(), e);
        }
        return new StripeEvent(member(event, "id"), member(event, "type"));
    }

    private static String member(JsonObject event, String name) {
        JsonValue value = event.get(name);
        if (value instanceof JsonString text && !text.getString().isEmpty()) {
            return text.getString();
        }
        throw DeliveryRefusal.of("The event has no string \"" + name + "\"", null);
    }
}
