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

    @Test
    void aRetryAfterOverTheLimitIsNotObeyedAndSaysWhy() {
        // given: a limit of 60 s and a provider that asks for 999999 s
        RetryPolicy capped = RetryPolicy.standard(2, Duration.ofSeconds(60));
        ModelException limited = new ModelException(ModelErrorKind.RATE_LIMITED, "slow down", 429,
                Duration.ofSeconds(999_999));

        // when / then
        assertThat(capped.asksTooLong(limited)).isTrue();
        assertThat(capped.retries(limited, 0)).isFalse();
        assertThat(capped.tooLong(limited)).isEqualTo("; the provider asked to wait 999999 s (11.6 days), longer than "
                + "the limit of 60 s, so the cell fails now rather than retry sooner than asked (raise the "
                + "limit with --max-retry-after or promptsmith.model.max-retry-after)");
    }

    @Test
    void noBackOffIsLongerThanTheRetryAfterLimit() {
        RetryPolicy capped = RetryPolicy.standard(30, Duration.ofSeconds(2));
        ModelException error = new ModelException(ModelErrorKind.SERVER_ERROR, "boom");
        ModelException limited = new ModelException(ModelErrorKind.RATE_LIMITED, "slow down", 429, Duration.ofSeconds(2));

        assertThat(capped.delay(25, error, () -> 0.999)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        assertThat(capped.asksTooLong(limited)).isFalse();
        assertThat(capped.delay(1, limited, () -> 0.0)).isEqualTo(Duration.ofSeconds(2));
    }
}
