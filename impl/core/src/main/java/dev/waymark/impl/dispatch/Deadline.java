package dev.waymark.impl.dispatch;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time limit of one handler invocation. If the handler is still running on its thread when the
 * limit passes, that thread is interrupted once; {@link #finish()} tells whether it came in time and
 * clears an interrupt that was delivered, so it cannot leak into the container's thread.
 */
final class Deadline {

    private static final int RUNNING = 0;
    private static final int INTERRUPTING = 1;
    private static final int EXPIRED = 2;
    private static final int DONE = 3;

    private final Thread thread = Thread.currentThread();
    private final long expiresAt;
    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private ScheduledFuture<?> alarm;

    private Deadline(long millis) {
        this.expiresAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /**
     * Starts the limit for the handler running on the current thread.
     *
     * @param millis the limit
     * @return the deadline
     */
    static Deadline start(long millis) {
        Deadline deadline = new Deadline(millis);
        deadline.alarm = Timer.EXECUTOR.schedule(deadline::expire, millis, TimeUnit.MILLISECONDS);
        return deadline;
    }

    private void expire() {
        if (state.compareAndSet(RUNNING, INTERRUPTING)) {
            thread.interrupt();
            state.set(EXPIRED);
        }
    }

    /**
     * Ends the part of the invocation that runs on the handler's thread.
     *
     * @return {@code true} if it ended in time
     */
    boolean finish() {
        if (state.compareAndSet(RUNNING, DONE)) {
            alarm.cancel(false);
            return true;
        }
        while (state.get() == INTERRUPTING) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
        return false;
    }

    /**
     * The time left.
     *
     * @return milliseconds, at least 1
     */
    long remainingMillis() {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(expiresAt - System.nanoTime()));
    }

    /** One daemon thread for every deadline, gone when idle so it never outlives an application for long. */
    private static final class Timer {
        static final ScheduledThreadPoolExecutor EXECUTOR = create();

        private static ScheduledThreadPoolExecutor create() {
            ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, task -> {
                Thread thread = new Thread(task, "waymark-deadlines");
                thread.setDaemon(true);
                thread.setContextClassLoader(null);
                return thread;
            });
            executor.setRemoveOnCancelPolicy(true);
            executor.setKeepAliveTime(60, TimeUnit.SECONDS);
            executor.allowCoreThreadTimeOut(true);
            return executor;
        }
    }
}
