package dev.promptsmith.run;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A bound on calls at once to one provider that halves when the provider says "too many
 * requests" (429) and grows back by one after as many successes in a row as the bound allows,
 * never above its maximum. One halving per burst: 429s of calls that started before the last
 * halving do not halve it again.
 */
final class AdaptiveLimit {

    private final int maximum;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int limit;
    private int inUse;
    private int successes;
    private long generation;

    public AdaptiveLimit(int maximum) {
        this.maximum = Math.max(1, maximum);
        this.limit = this.maximum;
    }

    /** Waits for room; the returned ticket says when the call started, for {@link #rateLimited}. */
    public long acquire() throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (inUse >= limit) {
                try {
                    freed.await();
                } catch (InterruptedException e) {
                    freed.signal(); // a wake-up this thread took is passed on
                    throw e;
                }
            }
            inUse++;
            if (inUse < limit) {
                freed.signal(); // room for more: the next waiter goes too
            }
            return generation;
        } finally {
            lock.unlock();
        }
    }

    /** The call ended; {@code ok} when the provider answered. */
    public void release(boolean ok) {
        lock.lock();
        try {
            inUse--;
            freed.signal();
            if (ok && limit < maximum && ++successes >= limit) {
                limit++;
                successes = 0;
                freed.signal();
            }
        } finally {
            lock.unlock();
        }
    }

    /** The call with this ticket was answered 429: shrink, unless a 429 of this burst already did. */
    public void rateLimited(long ticket) {
        lock.lock();
        try {
            if (ticket == generation) {
                limit = Math.max(1, limit / 2);
                generation++;
            }
            successes = 0;
        } finally {
            lock.unlock();
        }
    }

    public int limit() {
        lock.lock();
        try {
            return limit;
        } finally {
            lock.unlock();
        }
    }
}
