package org.sendclock.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts wrong passwords per account and per address, in memory: this node's count. With several nodes a guesser
 * gets the allowance once per node, which still turns 7 guesses a second into a handful per quarter hour (ADR 18).
 * While an account or address is refused, further attempts are not checked and not counted, so a guesser cannot keep
 * its owner locked out beyond the window; a right password (once allowed) clears the account's count.
 */
final class SignInThrottle {

    /** Past this many accounts and addresses with failures, the ones whose window has passed are forgotten. */
    private static final int TIDY_ABOVE = 10_000;

    private final int accountFailures;
    private final int addressFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();

    SignInThrottle(SignInSettings settings, Clock clock) {
        this.accountFailures = settings.accountFailures();
        this.addressFailures = settings.addressFailures();
        this.window = settings.failureWindow();
        this.clock = clock;
    }

    /** Until when sign-in for this account or from this address is refused; null when it is allowed now. */
    Instant refusedUntil(String username, String address) {
        Instant now = clock.instant();
        Instant account = until(byAccount.get(key(username)), accountFailures, now);
        Instant from = until(byAddress.get(address), addressFailures, now);
        if (account == null) {
            return from;
        }
        return from == null || account.isAfter(from) ? account : from;
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        add(byAccount, key(username), accountFailures, now);
        add(byAddress, address, addressFailures, now);
    }

    /**
     * A right password clears the account's count. Not the address's: one account of a guesser's own would
     * otherwise clear it between guesses at the others'.
     */
    void succeeded(String username) {
        byAccount.remove(key(username));
    }

    private Instant until(Deque<Instant> failures, int allowed, Instant now) {
        if (failures == null) {
            return null;
        }
        synchronized (failures) {
            if (failures.size() < allowed) {
                return null;
            }
            Instant until = failures.peekFirst().plus(window);
            return until.isAfter(now) ? until : null;
        }
    }

    /** Keeps the latest {@code allowed} failures: refused while the oldest of them is within the window. */
    private void add(Map<String, Deque<Instant>> failures, String key, int allowed, Instant now) {
        if (failures.size() > TIDY_ABOVE) {
            Instant before = now.minus(window);
            failures.values().removeIf(times -> {
                synchronized (times) {
                    return times.isEmpty() || times.peekLast().isBefore(before);
                }
            });
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(now);
            while (times.size() > allowed) {
                times.removeFirst();
            }
        }
    }

    /** User names are matched without regard to case, as the accounts are. */
    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(Locale.ROOT);
    }
}
