package dev.waymark.impl.jaxrs;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.ws.rs.core.Response;

/**
 * Answers on their way from {@link RouteFilter} to {@link PendingResponseResource}, keyed by a
 * token the filter puts in a request header (the filter removes any such header a client sent).
 */
final class PendingResponses {

    static final String HEADER = "X-Waymark-Pending";

    private static final Map<String, CompletionStage<Response>> PENDING = new ConcurrentHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong();

    private PendingResponses() {
    }

    static String put(CompletionStage<Response> answer) {
        String token = Long.toString(NEXT.incrementAndGet());
        PENDING.put(token, answer);
        return token;
    }

    static CompletionStage<Response> take(String token) {
        return token == null ? null : PENDING.remove(token);
    }
}
