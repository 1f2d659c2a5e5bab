package dev.waymark.impl.auth;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Values kept until a time of their own, the least recently used dropped beyond a fixed number of
 * entries: a custom authorizer's decisions for its result TTL [AUTH-3-4], a JWT authorizer's
 * verified tokens until they expire, at most a minute.
 *
 * @param <K> the key
 * @param <V> the value
 */
final class ExpiringCache<K, V> {

    private static final int MAX_ENTRIES = 10_000;

    private final Map<K, Entry<V>> entries = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<K, Entry<V>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    private record Entry<V>(V value, long expiresAtMillis) {
    }

    /**
     * The value of a key, unless it has expired.
     *
     * @param key the key
     * @return the value, or null
     */
    synchronized V get(K key) {
        Entry<V> entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (System.currentTimeMillis() >= entry.expiresAtMillis()) {
            entries.remove(key);
            return null;
        }
        return entry.value();
    }

    /**
     * Keeps a value.
     *
     * @param key the key
     * @param value the value
     * @param expiresAtMillis when it expires, in milliseconds since the epoch
     */
    synchronized void put(K key, V value, long expiresAtMillis) {
        entries.put(key, new Entry<>(value, expiresAtMillis));
    }
}
