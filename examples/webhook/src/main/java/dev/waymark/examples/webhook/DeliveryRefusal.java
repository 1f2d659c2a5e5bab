package dev.waymark.examples.webhook;

import java.nio.charset.StandardCharsets;

import jakarta.json.Json;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.Response;

/**
 * Refuses a delivery with a 400 problem whose detail says why: the sender shows the answer in the
 * endpoint's delivery log. The detail is in the response's body, since only a body the handler
 * chose reaches the client, never an exception's message.
 */
final class DeliveryRefusal {

    private DeliveryRefusal() {
    }

    /**
     * The exception that refuses a delivery.
     *
     * @param detail why the delivery is refused
     * @param cause what found it wrong, or null
     * @return the exception to throw
     */
    static BadRequestException of(String detail, Throwable cause) {
        byte[] problem = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", "Bad Request")
                .add("status", 400)
                .add("detail", detail)
                .build().toString().getBytes(StandardCharsets.UTF_8);
        return new BadRequestException(detail, Response.status(400).type("application/problem+json").entity(problem).build(), cause);
    }
}
