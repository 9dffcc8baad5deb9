package dev.promptsmith.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.promptsmith.model.ModelErrorKind;
import dev.promptsmith.model.ModelException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private final RetryPolicy policy = new RetryPolicy(3, Duration.ofMillis(100), Duration.ofSeconds(1));

    @Test
    void onlyFailuresThatCanPassAreRetriedAndOnlySoOften() {
        ModelException limited = new ModelException(ModelErrorKind.RATE_LIMITED, "slow down");

        assertThat(policy.retries(limited, 0)).isTrue();
        assertThat(policy.retries(limited, 3)).isFalse();
        assertThat(policy.retries(new ModelException(ModelErrorKind.AUTHENTICATION, "bad key"), 0)).isFalse();
        assertThat(policy.retries(new ModelException(ModelErrorKind.BAD_REQUEST, "bad"), 0)).isFalse();
        assertThat(new RetryPolicy(0, Duration.ZERO, Duration.ZERO).retries(limited, 0)).isFalse();
    }

    @Test
    void theDelayGrowsExponentiallyWithJitterUpToTheCap() {
        ModelException error = new ModelException(ModelErrorKind.SERVER_ERROR, "boom");

        assertThat(policy.delay(1, error, () -> 0.0)).isEqualTo(Duration.ofMillis(50));
        assertThat(policy.delay(1, error, () -> 0.999)).isEqualTo(Duration.ofMillis(99));
        assertThat(policy.delay(3, error, () -> 0.0)).isEqualTo(Duration.ofMillis(200));
        assertThat(policy.delay(30, error, () -> 0.0)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void retryAfterIsHonoured() {
        ModelException limited = new ModelException(ModelErrorKind.RATE_LIMITED, "slow down", 429, Duration.ofSeconds(2));

        assertThat(policy.delay(1, limited, () -> 0.5)).isEqualTo(Duration.ofSeconds(2));
    }
}
