package org.sendclock.security;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The council's staff in a production installation, one entry per person under {@code sendclock.staff.<username>}:
 * {@code password} (encoded, with its {@code {id}} prefix: a plain password never belongs in a settings file),
 * {@code roles} (CASEWORKER, MANAGER, PERFORMANCE, ADMIN) and {@code teams} (the teams whose unassigned tasks they
 * see, spelt exactly as the team recorded on the cases). Outside the {@code production} profile these settings are
 * ignored.
 */
@ConfigurationProperties("sendclock")
public record StaffSettings(Map<String, Member> staff) {

    static final String PREFIX = "sendclock.staff.";

    /** Camunda's default rule for user ids: every account also becomes a user of the Camunda webapps. */
    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9]{1,100}");
    /**
     * The one-way encodings of Spring Security's DelegatingPasswordEncoder. Not {noop} (a plain password by another
     * name), and a misspelt id is refused here rather than at every sign-in.
     */
    private static final Pattern ENCODED = Pattern.compile(
            "^\\{(bcrypt|argon2|argon2@SpringSecurity_v5_8|pbkdf2|pbkdf2@SpringSecurity_v5_8|scrypt"
                    + "|scrypt@SpringSecurity_v5_8)}.+");

    public StaffSettings {
        staff = staff == null ? Map.of() : new LinkedHashMap<>(staff);
    }

    public record Member(String password, List<String> roles, List<String> teams) {

        @Override
        public String toString() {
            return "Member[roles=" + roles + ", teams=" + teams + "]";
        }
    }

    /**
     * The accounts, or a refusal to start that names every setting at fault: an application with a half-configured
     * member of staff would let them in with the wrong rights or not at all.
     */
    List<Account> accounts(String adminUsername) {
        List<String> problems = new ArrayList<>();
        List<Account> accounts = new ArrayList<>();
        staff.forEach((username, member) -> {
            String at = PREFIX + username;
            if (!USERNAME.matcher(username).matches()) {
                problems.add(at + ": the user name must be letters and digits only (it is also the user id in "
                        + "the Camunda webapps)");
            }
            if (username.equalsIgnoreCase(adminUsername)) {
                problems.add(at + ": the administrator is set by sendclock.admin, not here");
            }
            if (member == null || member.password() == null || !ENCODED.matcher(member.password()).matches()) {
                problems.add(at + ".password must be a password encoded with bcrypt, argon2, pbkdf2 or scrypt, with its "
                        + "prefix, e.g. {bcrypt}$2a$10$...");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            List<String> named = member == null || member.roles() == null ? List.of() : member.roles();
            if (named.isEmpty()) {
                problems.add(at + ".roles is not set: give one or more of CASEWORKER, MANAGER, PERFORMANCE, ADMIN");
            }
            for (String role : named) {
                try {
                    roles.add(Role.valueOf(role.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    problems.add(at + ".roles: \"" + role + "\" is not a role (CASEWORKER, MANAGER, PERFORMANCE, ADMIN)");
                }
            }
            Set<String> teams = member == null || member.teams() == null ? Set.of()
                    : member.teams().stream().map(String::trim).filter(t -> !t.isEmpty())
                            .collect(Collectors.toSet());
            if (member != null && member.password() != null && !roles.isEmpty()) {
                accounts.add(new Account(username, member.password(), roles, teams));
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The staff accounts cannot be set up: " + String.join("; ", problems)
                    + ".");
        }
        return accounts;
    }
}
