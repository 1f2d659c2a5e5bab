package dev.waymark.impl.jaxrs;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.ws.rs.core.Response;

/**
 * Answers on their way from {@link RouteFilter} to {@link PendingResponseResource}, keyed by a
 * random token the filter puts in a request header (the filter removes any such header a client
 * sent; a JAX-RS application of the web application's own has no such filter, and no client can
 * guess a token).
 */
final class PendingResponses {

    static final String HEADER = "X-Waymark-Pending";

    private static final Map<String, CompletionStage<Response>> PENDING = new ConcurrentHashMap<>();

    private PendingResponses() {
    }

    static String put(CompletionStage<Response> answer) {
        String token = UUID.randomUUID().toString();
        PENDING.put(token, answer);
        return token;
    }

    static CompletionStage<Response> take(String token) {
        return token == null ? null : PENDING.remove(token);
    }
}
