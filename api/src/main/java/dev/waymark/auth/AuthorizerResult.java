package dev.waymark.auth;

import java.util.Map;
import java.util.Objects;

/**
 * The decision of an {@link Authorizer}: allow, with the caller's name and a context the handler
 * reads through {@link Identity#context()}, or deny [AUTH-3-3].
 *
 * <pre>
 * return AuthorizerResult.allow("user-7", Map.of("plan", "pro"));
 * </pre>
 *
 * @param allowed whether the request may reach its route
 * @param principal the caller's name when allowed; null when denied
 * @param context what the authorizer passes to the handler; empty when denied
 * @since 0.1
 */
public record AuthorizerResult(boolean allowed, String principal, Map<String, Object> context) {

    /**
     * Checks and copies the values.
     *
     * @param allowed whether the request may reach its route
     * @param principal the caller's name, required when allowed
     * @param context the context, copied
     */
    public AuthorizerResult {
        if (allowed) {
            Objects.requireNonNull(principal, "an allowed request needs a principal name");
        }
        context = context == null ? Map.of() : Map.copyOf(context);
    }

    /**
     * Allows the request.
     *
     * @param principal the caller's name
     * @return the decision
     */
    public static AuthorizerResult allow(String principal) {
        return new AuthorizerResult(true, principal, Map.of());
    }

    /**
     * Allows the request and passes a context to the handler.
     *
     * @param principal the caller's name
     * @param context values for the handler; no null keys or values
     * @return the decision
     */
    public static AuthorizerResult allow(String principal, Map<String, Object> context) {
        return new AuthorizerResult(true, principal, context);
    }

    /**
     * Refuses the request, with the authorizer's deny status.
     *
     * @return the decision
     */
    public static AuthorizerResult deny() {
        return new AuthorizerResult(false, null, Map.of());
    }
}
