package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;

class RecentPasswordsTest {

    private final UserDetails jsmith = User.withUsername("jsmith").password("x").roles("CASEWORKER").build();

    @Test
    void onlyTheSameUserNameAndPasswordWithinTheTimeAreRecognised() {
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        RecentPasswords recent = new RecentPasswords(Duration.ofMinutes(5), Clock.fixed(start, ZoneOffset.UTC));
        recent.remember("jsmith", "right", jsmith);

        assertThat(recent.lookUp("jsmith", "right")).isSameAs(jsmith);
        assertThat(recent.lookUp("jsmith", "wrong")).isNull();
        assertThat(recent.lookUp("jsmit", "hright")).as("the split between name and password counts").isNull();
        assertThat(recent.lookUp("akhan", "right")).isNull();
    }

    @Test
    void nothingIsRememberedPastItsTimeOrWhenSwitchedOff() {
        MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
        RecentPasswords recent = new RecentPasswords(Duration.ofMinutes(5), clock);
        recent.remember("jsmith", "right", jsmith);
        clock.now = clock.now.plus(Duration.ofMinutes(5));
        assertThat(recent.lookUp("jsmith", "right")).isNull();

        RecentPasswords off = new RecentPasswords(Duration.ZERO, clock);
        off.remember("jsmith", "right", jsmith);
        assertThat(off.lookUp("jsmith", "right")).isNull();
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
