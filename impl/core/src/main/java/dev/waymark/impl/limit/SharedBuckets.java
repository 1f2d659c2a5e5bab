package dev.waymark.impl.limit;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AbstractCompareAndSwapBasedProxyManager;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.AsyncCompareAndSwapOperation;
import io.github.bucket4j.distributed.proxy.generic.compare_and_swap.CompareAndSwapOperation;
import io.github.bucket4j.distributed.remote.RemoteBucketState;

import dev.waymark.spi.SharedMap;

/**
 * Rate-limit buckets every node of a cluster shares [LIMIT-3-1]: Bucket4j's compare-and-swap proxy
 * manager over a {@link SharedMap}, so a limit of 10 a minute is 10 a minute for the cluster,
 * whichever node a request reaches. Each bucket's entry expires once it would have filled up
 * again, so the map holds only the clients active within one refill period.
 *
 * <p>When the map cannot be read or written, a request is let through (fail open, logged at most
 * once a minute) or refused with {@code 503} (fail closed), as configured.
 */
public final class SharedBuckets extends AbstractCompareAndSwapBasedProxyManager<String> {

    private static final System.Logger LOG = System.getLogger("dev.waymark.limit");
    private static final long LOG_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final SharedMap map;
    private final boolean failOpen;
    private final AtomicLong lastLogged = new AtomicLong(System.nanoTime() - LOG_EVERY_NANOS);

    /**
     * Creates the buckets.
     *
     * @param map where they are kept
     * @param failOpen whether a request passes when the map cannot be reached
     */
    public SharedBuckets(SharedMap map, boolean failOpen) {
        super(ClientSideConfig.getDefault()
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(1))));
        this.map = map;
        this.failOpen = failOpen;
    }

    /**
     * Takes one token from a client's bucket.
     *
     * @param key the limiter's and the client's key, the same on every node
     * @param configuration the bucket's limits
     * @return the outcome, or null if the map cannot be reached
     */
    ConsumptionProbe take(String key, BucketConfiguration configuration) {
        try {
            return builder().build(key, () -> configuration).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            long last = lastLogged.get();
            if (now - last >= LOG_EVERY_NANOS && lastLogged.compareAndSet(last, now)) {
                LOG.log(Level.WARNING, "The cluster's rate-limit store cannot be reached; requests are "
                        + (failOpen ? "let through" : "refused") + " until it can (waymark.cluster.rate-limit-failure)", e);
            }
            return null;
        }
    }

    /**
     * Whether a request passes when the map cannot be reached.
     *
     * @return true to fail open
     */
    boolean failsOpen() {
        return failOpen;
    }

    @Override
    protected CompareAndSwapOperation beginCompareAndSwapOperation(String key) {
        return new CompareAndSwapOperation() {
            @Override
            public Optional<byte[]> getStateData(Optional<Long> timeoutNanos) {
                return map.get(key);
            }

            @Override
            public boolean compareAndSwap(byte[] originalData, byte[] newData, RemoteBucketState newState, Optional<Long> timeoutNanos) {
                Duration timeToLive = timeToLive(newState);
                return originalData == null
                        ? map.putIfAbsent(key, newData, timeToLive)
                        : map.replace(key, originalData, newData, timeToLive);
            }
        };
    }

    private Duration timeToLive(RemoteBucketState state) {
        return getClientSideConfig().getExpirationAfterWriteStrategy()
                .map(strategy -> Duration.ofMillis(Math.max(1, strategy.calculateTimeToLiveMillis(state, currentTimeNanos()))))
                .orElse(SharedMap.FOREVER);
    }

    @Override
    protected AsyncCompareAndSwapOperation beginAsyncCompareAndSwapOperation(String key) {
        throw new UnsupportedOperationException("Shared buckets are used synchronously");
    }

    @Override
    public void removeProxy(String key) {
        map.remove(key);
    }

    @Override
    protected CompletableFuture<Void> removeAsync(String key) {
        throw new UnsupportedOperationException("Shared buckets are used synchronously");
    }

    @Override
    public boolean isAsyncModeSupported() {
        return false;
    }

    @Override
    public boolean isExpireAfterWriteSupported() {
        return true;
    }
}
