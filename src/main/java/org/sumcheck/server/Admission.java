package org.sumcheck.server;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admission to the checking slots: at most {@code maxConcurrent} checks run, at most {@code queue} more wait.
 * A check that finds the queue full is refused at once (429); one that waits longer than {@code maxWait} is
 * refused too (503). Both carry Retry-After.
 */
final class Admission {
    /** Why a check was not admitted. */
    enum Refusal { QUEUE_FULL, WAITED_TOO_LONG }

    /** A held slot; closing it frees the slot. */
    interface Slot extends AutoCloseable {
        @Override
        void close();
    }

    /** The outcome: a slot, or the reason there is none. */
    record Ticket(Slot slot, Refusal refusal) {
    }

    private final Semaphore running;
    private final int capacity;
    private final Duration maxWait;
    private final AtomicInteger admitted = new AtomicInteger();

    Admission(int maxConcurrent, int queue, Duration maxWait) {
        this.running = new Semaphore(maxConcurrent, true);
        this.capacity = maxConcurrent + queue;
        this.maxWait = maxWait;
    }

    /** True when a new check would be refused at once: lets a request be refused before its body is read. */
    boolean full() {
        return admitted.get() >= capacity;
    }

    Ticket enter() {
        int n = admitted.incrementAndGet();
        if (n > capacity) {
            admitted.decrementAndGet();
            return new Ticket(null, Refusal.QUEUE_FULL);
        }
        boolean got;
        try {
            got = running.tryAcquire(maxWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            got = false;
        }
        if (!got) {
            admitted.decrementAndGet();
            return new Ticket(null, Refusal.WAITED_TOO_LONG);
        }
        AtomicInteger once = new AtomicInteger();
        return new Ticket(() -> {
            if (once.getAndIncrement() == 0) {
                running.release();
                admitted.decrementAndGet();
            }
        }, null);
    }

    /** Checks running or waiting now. */
    int inFlight() {
        return admitted.get();
    }

}
