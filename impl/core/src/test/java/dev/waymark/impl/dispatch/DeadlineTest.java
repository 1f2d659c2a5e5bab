package dev.waymark.impl.dispatch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DeadlineTest {

    @Test
    void aHandlerOverItsLimitIsInterruptedAndTheInterruptDoesNotLeak() {
        Deadline deadline = Deadline.start(50);
        long started = System.nanoTime();
        assertThrows(InterruptedException.class, () -> Thread.sleep(5_000));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= 45 && tookMillis < 1_000, "interrupted after " + tookMillis + " ms");
        assertFalse(deadline.finish());
        assertFalse(Thread.currentThread().isInterrupted());
    }

    @Test
    void aHandlerInTimeIsNotInterruptedLater() throws InterruptedException {
        Deadline deadline = Deadline.start(30);
        assertTrue(deadline.finish());
        Thread.sleep(100);
        assertFalse(Thread.interrupted());
    }

    @Test
    void manyRunningLimitsEachExpireOnTheirOwnThread() throws InterruptedException {
        int threads = 16;
        boolean[] interrupted = new boolean[threads];
        Thread[] handlers = new Thread[threads];
        for (int i = 0; i < threads; i++) {
            int index = i;
            handlers[i] = new Thread(() -> {
                Deadline deadline = Deadline.start(index % 2 == 0 ? 40 : 60_000);
                try {
                    Thread.sleep(index % 2 == 0 ? 5_000 : 100);
                } catch (InterruptedException e) {
                    interrupted[index] = true;
                }
                deadline.finish();
            });
            handlers[i].start();
        }
        for (Thread handler : handlers) {
            handler.join(10_000);
        }
        for (int i = 0; i < threads; i++) {
            assertTrue(interrupted[i] == (i % 2 == 0), "handler " + i);
        }
    }
}
