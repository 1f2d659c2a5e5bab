package dev.waymark.cluster.hazelcast;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.hazelcast.map.IMap;

import dev.waymark.spi.SharedMap;

/**
 * A {@link SharedMap} on a Hazelcast {@link IMap} of {@code byte[]}, which Hazelcast compares by
 * their serialized bytes, so {@code replace} is a compare-and-swap of the bytes. A time to live of
 * zero is Hazelcast's "no expiry".
 */
final class HazelcastSharedMap implements SharedMap {

    private final IMap<String, byte[]> map;

    HazelcastSharedMap(IMap<String, byte[]> map) {
        this.map = map;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(map.get(key));
    }

    @Override
    public void put(String key, byte[] value, Duration timeToLive) {
        map.set(key, value, timeToLive.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean putIfAbsent(String key, byte[] value, Duration timeToLive) {
        return map.putIfAbsent(key, value, timeToLive.toMillis(), TimeUnit.MILLISECONDS) == null;
    }

    @Override
    public boolean replace(String key, byte[] expected, byte[] value, Duration timeToLive) {
        if (!map.replace(key, expected, value)) {
            return false;
        }
        if (!timeToLive.isZero()) {
            map.setTtl(key, timeToLive.toMillis(), TimeUnit.MILLISECONDS);
        }
        return true;
    }

    @Override
    public boolean remove(String key) {
        return map.remove(key) != null;
    }

    @Override
    public Map<String, byte[]> entries() {
        return new HashMap<>(map);
    }
}
