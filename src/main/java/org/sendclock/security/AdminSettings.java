package org.sendclock.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account of a production installation: {@code sendclock.admin.username} and
 * {@code sendclock.admin.password}, usually from the environment variables {@code SENDCLOCK_ADMIN_USERNAME} and
 * {@code SENDCLOCK_ADMIN_PASSWORD}. The password is either plain text (encoded with bcrypt at start-up) or already
 * encoded with its {@code {id}} prefix, e.g. {@code {bcrypt}$2a$10$...}. Outside the {@code production} profile
 * these settings are ignored.
 */
@ConfigurationProperties("sendclock.admin")
public record AdminSettings(String username, String password) {

    static final String USERNAME = "sendclock.admin.username";
    static final String PASSWORD = "sendclock.admin.password";

    /** Camunda's default rule for user ids: the administrator also becomes a user of the Camunda webapps. */
    private static final Pattern CAMUNDA_USER_ID = Pattern.compile("[a-zA-Z0-9]+");
    private static final Pattern ENCODED = Pattern.compile("^\\{[^{}\\s]+}.+");

    @Override
    public String toString() {
        return "AdminSettings[username=" + username + ", password=" + (isBlank(password) ? "<not set>" : "<set>") + "]";
    }

    /** Refuses to go on, naming each setting at fault, unless both are set and usable. */
    void requireComplete() {
        List<String> missing = new ArrayList<>();
        if (isBlank(username)) {
            missing.add(USERNAME + " (environment variable SENDCLOCK_ADMIN_USERNAME)");
        }
        if (isBlank(password)) {
            missing.add(PASSWORD + " (environment variable SENDCLOCK_ADMIN_PASSWORD)");
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The production profile has no demo users and needs an administrator account, but "
                    + String.join(" and ", missing) + (missing.size() == 1 ? " is" : " are") + " not set. Set "
                    + (missing.size() == 1 ? "it" : "them") + " and start again.");
        }
        if (!CAMUNDA_USER_ID.matcher(username.trim()).matches()) {
            throw new IllegalStateException(USERNAME + " must be letters and digits only (it is also the user id in "
                    + "the Camunda webapps), but is \"" + username + "\".");
        }
    }

    /** True when the password is already encoded with an {@code {id}} prefix of the DelegatingPasswordEncoder. */
    boolean passwordIsEncoded() {
        return ENCODED.matcher(password).matches();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
