package dev.waymark.impl.auth;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.waymark.auth.AuthorizerResult;

/**
 * The decisions of a custom authorizer, kept for its result TTL by identity-source values
 * [AUTH-3-4]; the oldest are dropped beyond a fixed number of entries.
 */
final class DecisionCache {

    private static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final Map<List<String>, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<String>, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Entry(AuthorizerResult result, long expiresAt) {
    }

    DecisionCache(long ttlMillis) {
        this.ttlNanos = ttlMillis * 1_000_000;
    }

    boolean enabled() {
        return ttlNanos > 0;
    }

    synchronized AuthorizerResult get(List<String> key) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (System.nanoTime() - entry.expiresAt() >= 0) {
            entries.remove(key);
            return null;
        }
        return entry.result();
    }

    synchronized void put(List<String> key, AuthorizerResult result) {
        entries.put(key, new Entry(result, System.nanoTime() + ttlNanos));
    }
}
