package dev.waymark.cluster.redis;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.KeyValue;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.sync.RedisCommands;

import dev.waymark.spi.SharedMap;

/**
 * A {@link SharedMap} as Redis keys under a prefix, each with Redis's own expiry. The
 * compare-and-swap is a script, so Redis runs the comparison and the write as one command; a scan
 * of the entries walks the prefix's keys with {@code SCAN}, in batches.
 */
final class RedisSharedMap implements SharedMap {

    /** Writes {@code ARGV[2]} if the key holds exactly {@code ARGV[1]}, with {@code ARGV[3]} ms to live (0: none). */
    private static final String SWAP = """
            if redis.call('GET', KEYS[1]) == ARGV[1] then
              if tonumber(ARGV[3]) > 0 then
                redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
              else
                redis.call('SET', KEYS[1], ARGV[2])
              end
              return 1
            end
            return 0
            """;

    private static final int BATCH = 500;

    private final RedisCommands<String, byte[]> redis;
    private final String prefix;

    RedisSharedMap(RedisCommands<String, byte[]> redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public Optional<byte[]> get(String key) {
        return Optional.ofNullable(redis.get(prefix + key));
    }

    @Override
    public void put(String key, byte[] value, Duration timeToLive) {
        redis.set(prefix + key, value, expiring(new SetArgs(), timeToLive));
    }

    @Override
    public boolean putIfAbsent(String key, byte[] value, Duration timeToLive) {
        return "OK".equals(redis.set(prefix + key, value, expiring(new SetArgs().nx(), timeToLive)));
    }

    @Override
    public boolean replace(String key, byte[] expected, byte[] value, Duration timeToLive) {
        Long swapped = redis.eval(SWAP, ScriptOutputType.INTEGER, new String[] {prefix + key}, expected, value,
                Long.toString(timeToLive.toMillis()).getBytes(StandardCharsets.US_ASCII));
        return swapped != null && swapped == 1;
    }

    @Override
    public boolean remove(String key) {
        Long removed = redis.del(prefix + key);
        return removed != null && removed > 0;
    }

    @Override
    public Map<String, byte[]> entries() {
        Map<String, byte[]> entries = new HashMap<>();
        ScanArgs match = ScanArgs.Builder.matches(escaped(prefix) + "*").limit(BATCH);
        KeyScanCursor<String> cursor = redis.scan(match);
        while (true) {
            List<String> keys = cursor.getKeys();
            if (!keys.isEmpty()) {
                for (KeyValue<String, byte[]> entry : redis.mget(keys.toArray(String[]::new))) {
                    if (entry.hasValue()) {
                        entries.put(entry.getKey().substring(prefix.length()), entry.getValue());
                    }
                }
            }
            if (cursor.isFinished()) {
                return entries;
            }
            cursor = redis.scan(ScanCursor.of(cursor.getCursor()), match);
        }
    }

    private static SetArgs expiring(SetArgs args, Duration timeToLive) {
        return timeToLive.isZero() ? args : args.px(timeToLive.toMillis());
    }

    /** A prefix as a literal in a {@code SCAN} pattern. */
    private static String escaped(String literal) {
        return literal.replaceAll("([*?\\[\\]\\\\])", "\\\\$1");
    }
}
