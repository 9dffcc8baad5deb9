package dev.promptsmith.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final String GUESSER = "203.0.113.9";
    private static final String OPERATOR = "192.0.2.1";

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle = new SignInThrottle(clock);

    @Test
    void fiveWrongPasswordsAreFreeThenOneAMinute() {
        // given
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            assertThat(throttle.waitFor(GUESSER)).isEmpty();
            throttle.failed(GUESSER);
            clock.move(Duration.ofSeconds(1));
        }

        // then
        assertThat(throttle.waitFor(GUESSER)).contains(Duration.ofSeconds(59));
        assertThat(throttle.waitFor(OPERATOR)).as("another address").isEmpty();
        clock.move(Duration.ofSeconds(59));
        assertThat(throttle.waitFor(GUESSER)).isEmpty();
        throttle.failed(GUESSER);
        assertThat(throttle.waitFor(GUESSER)).contains(SignInThrottle.PAUSE);
    }

    @Test
    void aCorrectSignInOrAQuarterOfAnHourForgetsTheFailures() {
        // given
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed(GUESSER);
            throttle.failed(OPERATOR);
        }

        // when
        throttle.succeeded(OPERATOR);
        clock.move(SignInThrottle.FORGET_AFTER.plusSeconds(1));

        // then
        assertThat(throttle.waitFor(OPERATOR)).isEmpty();
        assertThat(throttle.waitFor(GUESSER)).isEmpty();
        throttle.failed(GUESSER);
        assertThat(throttle.waitFor(GUESSER)).as("counting starts again").isEmpty();
    }

    @Test
    void onlyTheLatestAddressesAreRemembered() {
        // given: the guesser is held back, then many other addresses fail once each
        for (int i = 0; i < SignInThrottle.FREE_FAILURES; i++) {
            throttle.failed(GUESSER);
        }
        for (int i = 0; i < SignInThrottle.MAX_ADDRESSES; i++) {
            throttle.failed("10.0." + (i / 256) + "." + (i % 256));
        }

        // then: memory stays bounded (the oldest address is the one forgotten)
        assertThat(throttle.waitFor(GUESSER)).isEmpty();
    }

    private static final class MovingClock extends Clock {

        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
