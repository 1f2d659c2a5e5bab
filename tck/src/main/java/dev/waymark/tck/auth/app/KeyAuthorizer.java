package dev.waymark.tck.auth.app;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;

import dev.waymark.auth.Authorizer;
import dev.waymark.auth.AuthorizerRequest;
import dev.waymark.auth.AuthorizerResult;

/**
 * Allows the keys {@code key-alice} and {@code key-bob} (as alice, plan pro; as bob, plan free),
 * denies every other, and counts its calls; throws for {@code key-boom} and returns null for {@code key-null}. A second identity source,
 * where there is one, must be {@code acme}.
 */
@ApplicationScoped
public class KeyAuthorizer implements Authorizer {

    private static final AtomicInteger CALLS = new AtomicInteger();

    static int calls() {
        return CALLS.get();
    }

    @Override
    public AuthorizerResult authorize(AuthorizerRequest request) {
        CALLS.incrementAndGet();
        String key = request.identitySources().get(0);
        if (request.identitySources().size() > 1 && !request.identitySources().get(1).equals("acme")) {
            return AuthorizerResult.deny();
        }
        return switch (key) {
            case "key-alice" -> AuthorizerResult.allow("alice", Map.of("plan", "pro"));
            case "key-bob" -> AuthorizerResult.allow("bob", Map.of("plan", "free"));
            case "key-boom" -> throw new IllegalStateException("the key store is down");
            case "key-null" -> null;
            default -> AuthorizerResult.deny();
        };
    }
}
