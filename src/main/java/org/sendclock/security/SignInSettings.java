package org.sendclock.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Password sign-in, under {@code sendclock.sign-in}: after {@code account-failures} wrong passwords for one account,
 * or {@code address-failures} from one address, within {@code failure-window}, further attempts for that account or
 * from that address are refused until the window has passed (an office behind one address has many people, hence
 * its larger number). {@code remember-passwords} is how long a checked password is remembered (in memory, as a keyed
 * hash) so that an API client's every call does not pay for a full password check; zero checks every call.
 */
@ConfigurationProperties("sendclock.sign-in")
public record SignInSettings(Integer accountFailures, Integer addressFailures, Duration failureWindow,
                             Duration rememberPasswords) {

    public SignInSettings {
        accountFailures = accountFailures == null ? 5 : accountFailures;
        addressFailures = addressFailures == null ? 50 : addressFailures;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
        rememberPasswords = rememberPasswords == null ? Duration.ofMinutes(5) : rememberPasswords;
        if (accountFailures < 1 || addressFailures < 1) {
            throw new IllegalArgumentException("sendclock.sign-in.account-failures and address-failures must be at "
                    + "least 1");
        }
        if (failureWindow.isNegative() || failureWindow.isZero() || rememberPasswords.isNegative()) {
            throw new IllegalArgumentException("sendclock.sign-in.failure-window must be positive and "
                    + "remember-passwords zero or more");
        }
    }
}
