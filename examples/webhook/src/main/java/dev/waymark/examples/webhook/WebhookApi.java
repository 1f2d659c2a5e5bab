package dev.waymark.examples.webhook;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.waymark.Api;
import dev.waymark.BodyLimit;
import dev.waymark.Route;

/**
 * A Stripe webhook endpoint: it takes the body as raw bytes, accepts an event only if its
 * {@code Stripe-Signature} verifies, records each event id once, and lists what it received.
 *
 * <p>Configuration: {@code webhook.secret}, the endpoint's signing secret (required), and
 * {@code webhook.tolerance}, how many seconds a signature's timestamp may be from the current time
 * (default 300).
 */
@Api(name = "webhooks")
public class WebhookApi {

    @Inject
    @ConfigProperty(name = "webhook.secret")
    String secret;

    @Inject
    @ConfigProperty(name = "webhook.tolerance", defaultValue = "300")
    long toleranceSeconds;

    @Inject
    EventStore events;

    private StripeSignature verifier;

    @PostConstruct
    void configure() {
        verifier = new StripeSignature(secret, Duration.ofSeconds(toleranceSeconds), Clock.systemUTC());
    }

    // tag::handler[]
    @Route("POST /webhooks/stripe")
    @BodyLimit(value = "64kb", parse = false)
    public Map<String, Boolean> stripe(byte[] body, @HeaderParam("Stripe-Signature") String signature) {
        try {
            verifier.verify(body, signature);
        } catch (SignatureVerificationException e) {
            throw DeliveryRefusal.of(e.getMessage(), e);
        }
        events.record(StripeEvent.parse(body)); // a retried delivery is acknowledged but kept once
        return Map.of("received", true);
    }
    // end::handler[]

    @Route("GET /webhooks/events")
    public List<StripeEvent> received() {
        return events.list();
    }
}
