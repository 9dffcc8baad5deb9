package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {

    @Test
    void aRateLimitHalvesTheLimitOncePerBurstAndSuccessesBringItBack() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(8);
        long[] tickets = new long[4];
        for (int i = 0; i < 4; i++) {
            tickets[i] = limit.acquire();
        }

        // three calls of the same burst are answered 429: one halving, not three
        for (int i = 0; i < 3; i++) {
            limit.rateLimited(tickets[i]);
            limit.release(false);
        }
        assertThat(limit.limit()).isEqualTo(4);

        // a 429 of a call started after the halving halves again
        long later = limit.acquire();
        limit.rateLimited(later);
        limit.release(false);
        assertThat(limit.limit()).isEqualTo(2);

        // as many successes in a row as the limit: one more, up to the maximum and no further
        limit.release(true);
        for (int i = 0; i < 200; i++) {
            limit.acquire();
            limit.release(true);
        }
        assertThat(limit.limit()).isEqualTo(8);
    }

    @Test
    void callsOverTheLimitWaitForRoom() throws Exception {
        AdaptiveLimit limit = new AdaptiveLimit(1);
        limit.acquire();
        AtomicBoolean entered = new AtomicBoolean();

        Thread waiter = Thread.ofVirtual().start(() -> {
            try {
                limit.acquire();
                entered.set(true);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        Thread.sleep(100);
        boolean enteredWhileFull = entered.get();
        limit.release(true);
        waiter.join(5000);

        assertThat(enteredWhileFull).isFalse();
        assertThat(entered).isTrue();
    }
}
