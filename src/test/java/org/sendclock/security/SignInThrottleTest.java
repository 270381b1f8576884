package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private final MovingClock clock = new MovingClock();
    private final SignInThrottle throttle =
            new SignInThrottle(new SignInSettings(5, 8, Duration.ofMinutes(15), Duration.ZERO), clock);

    @Test
    void fiveWrongPasswordsForAnAccountRefuseItForTheRestOfTheWindow() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jsmith", "10.0.0.1");
            clock.pass(Duration.ofMinutes(1));
        }
        assertThat(throttle.refusedUntil("jsmith", "10.0.0.1")).isNull();
        throttle.failed("JSmith", "10.0.0.2");

        Instant firstFailure = Instant.parse("2026-01-05T09:00:00Z");
        assertThat(throttle.refusedUntil("jsmith", "10.0.0.3")).isEqualTo(firstFailure.plus(Duration.ofMinutes(15)));
        assertThat(throttle.refusedUntil("akhan", "10.0.0.1")).as("another account from the same address").isNull();

        clock.pass(Duration.ofMinutes(11));
        assertThat(throttle.refusedUntil("jsmith", "10.0.0.1")).isNull();
    }

    @Test
    void aRightPasswordClearsTheAccountsCountButNotTheAddresss() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("jsmith", "10.0.0.1");
        }
        throttle.succeeded("jsmith");
        for (int i = 0; i < 4; i++) {
            throttle.failed("jsmith", "10.0.0.1");
        }
        assertThat(throttle.refusedUntil("jsmith", "10.0.0.9")).isNull();
        assertThat(throttle.refusedUntil("someone", "10.0.0.1")).as("8 failures from the address").isNotNull();
    }

    @Test
    void manyAccountsGuessedFromOneAddressRefuseTheAddress() {
        for (int i = 0; i < 8; i++) {
            throttle.failed("guess" + i, "203.0.113.7");
        }
        assertThat(throttle.refusedUntil("akhan", "203.0.113.7")).isNotNull();
        assertThat(throttle.refusedUntil("akhan", "10.0.0.1")).isNull();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2026-01-05T09:00:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
