package org.sendclock.security;

import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.LockedException;

/**
 * Sign-in refused without checking the password: too many wrong ones for this account or from this address lately.
 * A {@link LockedException}, so that no other way of checking the password is tried after it.
 */
public class SignInThrottled extends LockedException {

    private final Instant until;

    SignInThrottled(Instant until) {
        super("Too many failed sign-ins for this account or from this address: sign-in is refused until " + until);
        this.until = until;
    }

    /** Whole minutes, rounded up, until sign-in is allowed again. */
    public long minutesLeft(Instant now) {
        long seconds = Math.max(0, Duration.between(now, until).toSeconds());
        return Math.max(1, (seconds + 59) / 60);
    }

    public long secondsLeft(Instant now) {
        return Math.max(1, Duration.between(now, until).toSeconds());
    }
}
