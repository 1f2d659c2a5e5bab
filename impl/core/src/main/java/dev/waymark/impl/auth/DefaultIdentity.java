package dev.waymark.impl.auth;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import dev.waymark.auth.Identity;

/**
 * The identity an authorizer established.
 *
 * @param authorizer the authorizer's name
 * @param principal the caller's name
 * @param scopes the JWT's scopes
 * @param claims the JWT's claims
 * @param context a custom authorizer's context
 * @param credential the token or principal behind it
 */
public record DefaultIdentity(String authorizer, String principal, Set<String> scopes, Map<String, Object> claims,
        Map<String, Object> context, Object credential) implements Identity {

    @Override
    public <T> Optional<T> credential(Class<T> type) {
        return type.isInstance(credential) ? Optional.of(type.cast(credential)) : Optional.empty();
    }
}
