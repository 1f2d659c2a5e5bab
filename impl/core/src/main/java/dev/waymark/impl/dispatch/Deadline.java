package dev.waymark.impl.dispatch;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time limit of one handler invocation. If the handler is still running on its thread when the
 * limit passes, that thread is interrupted once; {@link #finish()} tells whether it came in time and
 * clears an interrupt that was delivered, so it cannot leak into the container's thread.
 *
 * <p>A limit costs its request two updates of a concurrent set, not a scheduled task: one watchdog
 * thread looks at the running limits every {@value Watchdog#TICK_MILLIS} ms, so a handler is
 * interrupted within that much of its limit.
 */
public final class Deadline {

    /**
     * The request attribute that holds the deadline of a resource method until its response, so
     * that the servlet filter around every request can finish one the method's exception left
     * running.
     */
    public static final String REQUEST_ATTRIBUTE = "dev.waymark.deadline";

    private static final int RUNNING = 0;
    private static final int INTERRUPTING = 1;
    private static final int EXPIRED = 2;
    private static final int DONE = 3;

    private final Thread thread = Thread.currentThread();
    private final long millis;
    private final long expiresAt;
    private final AtomicInteger state = new AtomicInteger(RUNNING);

    private Deadline(long millis) {
        this.millis = millis;
        this.expiresAt = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    }

    /**
     * Starts the limit for the handler running on the current thread.
     *
     * @param millis the limit
     * @return the deadline
     */
    public static Deadline start(long millis) {
        Deadline deadline = new Deadline(millis);
        Watchdog.watch(deadline);
        return deadline;
    }

    private boolean expireIfDue(long now) {
        if (now - expiresAt < 0) {
            return false;
        }
        if (state.compareAndSet(RUNNING, INTERRUPTING)) {
            thread.interrupt();
            state.set(EXPIRED);
        }
        return true;
    }

    /**
     * Ends the part of the invocation that runs on the handler's thread.
     *
     * @return {@code true} if it ended in time
     */
    public boolean finish() {
        if (state.compareAndSet(RUNNING, DONE)) {
            Watchdog.RUNNING_DEADLINES.remove(this);
            return true;
        }
        while (state.get() == INTERRUPTING) {
            Thread.onSpinWait();
        }
        Thread.interrupted();
        return false;
    }

    /**
     * Whether the limit has passed while the handler was running.
     *
     * @return whether its thread was, or is being, interrupted
     */
    public boolean expired() {
        int now = state.get();
        return now == INTERRUPTING || now == EXPIRED;
    }

    /**
     * The limit.
     *
     * @return milliseconds
     */
    public long limitMillis() {
        return millis;
    }

    /**
     * The time left.
     *
     * @return milliseconds, at least 1
     */
    long remainingMillis() {
        return Math.max(1, TimeUnit.NANOSECONDS.toMillis(expiresAt - System.nanoTime()));
    }

    /**
     * One daemon thread for every deadline, started by the first and gone after a minute without
     * any, so it never outlives an application for long.
     */
    private static final class Watchdog {

        static final long TICK_MILLIS = 10;
        static final Set<Deadline> RUNNING_DEADLINES = ConcurrentHashMap.newKeySet();
        private static final long IDLE_NANOS = TimeUnit.SECONDS.toNanos(60);
        private static volatile boolean watching;

        static void watch(Deadline deadline) {
            RUNNING_DEADLINES.add(deadline);
            if (!watching) {
                startIfNeeded();
            }
        }

        private static synchronized void startIfNeeded() {
            if (watching) {
                return;
            }
            watching = true;
            Thread thread = new Thread(Watchdog::run, "waymark-deadlines");
            thread.setDaemon(true);
            thread.setContextClassLoader(null);
            thread.start();
        }

        private static void run() {
            long busyAt = System.nanoTime();
            while (true) {
                try {
                    Thread.sleep(TICK_MILLIS);
                } catch (InterruptedException e) {
                    stop();
                    startIfNeeded();
                    return;
                }
                long now = System.nanoTime();
                RUNNING_DEADLINES.removeIf(deadline -> deadline.expireIfDue(now));
                if (!RUNNING_DEADLINES.isEmpty()) {
                    busyAt = now;
                } else if (now - busyAt > IDLE_NANOS && stopIfIdle()) {
                    return;
                }
            }
        }

        /** Stops unless a deadline came since the thread last looked; a later one starts a new thread. */
        private static synchronized boolean stopIfIdle() {
            watching = false;
            if (RUNNING_DEADLINES.isEmpty()) {
                return true;
            }
            watching = true;
            return false;
        }

        private static synchronized void stop() {
            watching = false;
        }
    }
}
