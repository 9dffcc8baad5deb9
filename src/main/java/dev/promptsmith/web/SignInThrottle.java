package dev.promptsmith.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * How many wrong passwords an address may try: {@value #FREE_FAILURES} in a row freely, then one
 * a minute, so guessing the one admin password from one address takes years, not hours, while
 * the operator who mistyped waits a minute at most. A correct sign-in forgets the address's
 * failures, and so do {@link #FORGET_AFTER} without one. Only the latest {@value #MAX_ADDRESSES}
 * addresses are remembered, so many addresses cannot fill the memory.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    static final Duration PAUSE = Duration.ofMinutes(1);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    static final int MAX_ADDRESSES = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > MAX_ADDRESSES;
        }
    };

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must still wait before it may try again; empty when it may try now. */
    synchronized Optional<Duration> waitFor(String address) {
        Failures seen = current(address);
        if (seen == null || seen.count() < FREE_FAILURES) {
            return Optional.empty();
        }
        Duration left = Duration.between(clock.instant(), seen.last().plus(PAUSE));
        return left.isNegative() || left.isZero() ? Optional.empty() : Optional.of(left);
    }

    synchronized void failed(String address) {
        Failures seen = current(address);
        failures.put(address, new Failures(seen == null ? 1 : seen.count() + 1, clock.instant()));
    }

    synchronized void succeeded(String address) {
        failures.remove(address);
    }

    private Failures current(String address) {
        Failures seen = failures.get(address);
        if (seen != null && seen.last().plus(FORGET_AFTER).isBefore(clock.instant())) {
            failures.remove(address);
            return null;
        }
        return seen;
    }
}
