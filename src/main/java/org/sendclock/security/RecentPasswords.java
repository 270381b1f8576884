package org.sendclock.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Passwords checked lately, so that an API client sending the same user name and password with every call pays for
 * one full password check (bcrypt, about 70 ms) every few minutes rather than on every call (ADR 18). Only right
 * passwords are remembered, never the password itself: the key is an HMAC-SHA256 of user name and password under a
 * random key made when the application starts and never written anywhere, so the table is useless outside this
 * process and is gone on restart. A changed password (a settings change, hence a restart) is never matched by an old
 * entry.
 */
final class RecentPasswords {

    /** A bound on memory whatever the callers do: beyond it nothing more is remembered until entries expire. */
    private static final int AT_MOST = 10_000;

    private final Duration remembered;
    private final Clock clock;
    private final SecretKeySpec key;
    private final Map<String, Checked> checked = new ConcurrentHashMap<>();

    private record Checked(UserDetails user, Instant until) {
    }

    RecentPasswords(Duration remembered, Clock clock) {
        this.remembered = remembered;
        this.clock = clock;
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** The person these credentials proved lately, or null. */
    UserDetails lookUp(String username, String password) {
        if (remembered.isZero()) {
            return null;
        }
        Checked entry = checked.get(hash(username, password));
        return entry != null && entry.until().isAfter(clock.instant()) ? entry.user() : null;
    }

    void remember(String username, String password, UserDetails user) {
        if (remembered.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (checked.size() >= AT_MOST) {
            checked.values().removeIf(entry -> !entry.until().isAfter(now));
            if (checked.size() >= AT_MOST) {
                return;
            }
        }
        checked.put(hash(username, password), new Checked(user, now.plus(remembered)));
    }

    private String hash(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0); // user name and password apart: "ab"+"c" is not "a"+"bc"
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
