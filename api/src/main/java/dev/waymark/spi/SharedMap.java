package dev.waymark.spi;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * A map of {@link Cluster} members share, from {@code String} keys to bytes, whose writes are
 * atomic per key: what connection records and rate-limit buckets are kept in. An entry written
 * with a time to live disappears once it has passed without another write.
 *
 * @since 0.1
 */
public interface SharedMap {

    /** No expiry: the entry stays until it is removed. */
    Duration FOREVER = Duration.ZERO;

    /**
     * An entry's value.
     *
     * @param key the key
     * @return the value, or empty if there is none
     */
    Optional<byte[]> get(String key);

    /**
     * Writes an entry, whatever it held.
     *
     * @param key the key
     * @param value the value
     * @param timeToLive how long it lives, or {@link #FOREVER}
     */
    void put(String key, byte[] value, Duration timeToLive);

    /**
     * Writes an entry if the key has none.
     *
     * @param key the key
     * @param value the value
     * @param timeToLive how long it lives, or {@link #FOREVER}
     * @return whether it was written
     */
    boolean putIfAbsent(String key, byte[] value, Duration timeToLive);

    /**
     * Writes an entry if it holds exactly the expected bytes: a compare-and-swap.
     *
     * @param key the key
     * @param expected the bytes it must hold
     * @param value the new value
     * @param timeToLive how long the new value lives, or {@link #FOREVER}
     * @return whether it was written
     */
    boolean replace(String key, byte[] expected, byte[] value, Duration timeToLive);

    /**
     * Removes an entry.
     *
     * @param key the key
     * @return whether there was one
     */
    boolean remove(String key);

    /**
     * The entries, for a scan: every key and value at some moment of the call, the map changing
     * meanwhile.
     *
     * @return a snapshot
     */
    Map<String, byte[]> entries();
}
