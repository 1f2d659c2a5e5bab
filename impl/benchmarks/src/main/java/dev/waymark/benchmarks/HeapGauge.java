package dev.waymark.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

/**
 * The heap of this JVM around one piece of work. Each figure but the allocation is an increase
 * over the baseline: the heap in use after full collections just before the work.
 *
 * <ul>
 * <li>retained: in use after full collections once the work is over;</li>
 * <li>peak: the sum of the heap pools' peak use during the work (peaks reset before it). It
 *     counts garbage not yet collected, so it is an upper bound of what the work needed at once,
 *     and once the work allocates more than the young generation holds it is about the size of
 *     the young generation;</li>
 * <li>after GC: the most heap in use right after a collection the JVM made on its own during the
 *     work, the live data at that moment (none if there was no such collection);</li>
 * <li>allocated: the bytes all threads allocated during the work, garbage included.</li>
 * </ul>
 */
final class HeapGauge {

    /** No collection happened during the work. */
    static final long NO_COLLECTION = Long.MIN_VALUE;

    /**
     * The heap figures of one piece of work, in bytes.
     *
     * @param retained in use after the work, after full collections, over the baseline
     * @param peak the heap pools' peak during the work, over the baseline
     * @param afterGc the most in use after a collection during the work, over the baseline, or
     *        {@link #NO_COLLECTION}
     * @param allocated allocated by all threads during the work
     */
    record Heap(long retained, long peak, long afterGc, long allocated) {
    }

    /** The heap before the work: in use after full collections, and the bytes allocated so far. */
    record Baseline(long used, long allocated) {
    }

    private static final int COLLECTIONS = 4;
    private static final long PAUSE_MILLIS = 50;
    private static final String SYSTEM_GC = "System.gc()";

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP)
            .toList();
    private final Set<String> heapPoolNames = heapPools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final AtomicLong mostAfterGc = new AtomicLong(NO_COLLECTION);

    /** A gauge that listens to this JVM's collections from now on. */
    HeapGauge() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> collected(notification), null, null);
        }
    }

    /**
     * Collects, takes the baseline and resets the peaks: call it just before the work.
     *
     * @return the baseline
     * @throws InterruptedException if interrupted between collections
     */
    Baseline begin() throws InterruptedException {
        long used = collectedHeap();
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
        mostAfterGc.set(NO_COLLECTION);
        return new Baseline(used, allocated());
    }

    /**
     * Reads the peaks and the allocation, then collects: call it once the work is over.
     *
     * @param baseline what {@link #begin()} gave before the work
     * @return the heap figures of the work
     * @throws InterruptedException if interrupted between collections
     */
    Heap end(Baseline baseline) throws InterruptedException {
        long allocated = allocated() - baseline.allocated();
        long peak = heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long afterGc = mostAfterGc.get();
        return new Heap(collectedHeap() - baseline.used(), peak - baseline.used(),
                afterGc == NO_COLLECTION ? NO_COLLECTION : afterGc - baseline.used(), allocated);
    }

    /** Notes the heap in use after a collection that this gauge did not ask for. */
    private void collected(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        if (SYSTEM_GC.equals(info.getGcCause())) {
            return;
        }
        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                .filter(pool -> heapPoolNames.contains(pool.getKey()))
                .map(Map.Entry::getValue)
                .mapToLong(MemoryUsage::getUsed)
                .sum();
        mostAfterGc.accumulateAndGet(used, Math::max);
    }

    /** The heap in use after full collections. */
    private long collectedHeap() throws InterruptedException {
        for (int i = 0; i < COLLECTIONS; i++) {
            System.gc();
            Thread.sleep(PAUSE_MILLIS);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long allocated() {
        long total = 0;
        for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            total += Math.max(bytes, 0);
        }
        return total;
    }
}
