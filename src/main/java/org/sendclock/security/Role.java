package org.sendclock.security;

import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * What a signed-in person may do. Spring Security sees each role as the authority {@code ROLE_<name>}; the Camunda
 * webapps see it as a group of the engine's identity service ({@link #camundaGroup()}).
 */
public enum Role {

    /** Runs the assessments: reads and changes cases. */
    CASEWORKER,
    /** Oversees the caseworkers: reads and changes cases (reassignment, escalations). */
    MANAGER,
    /** The performance team: KPIs and pseudonymous exports only, never the case screens with personal data. */
    PERFORMANCE,
    /** Runs the system: reads cases, opens the Camunda webapps and Camunda's REST API. */
    ADMIN;

    public static final String AUTHORITY_PREFIX = "ROLE_";

    /** The authority Spring Security checks, e.g. {@code ROLE_CASEWORKER}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    /**
     * The group the Camunda webapps see. ADMIN is Camunda's own administrators' group, the one its engine treats as
     * admin once authorization checks are switched on; the other roles become groups of the same name in lower case,
     * usable as candidate groups of user tasks.
     */
    public String camundaGroup() {
        return this == ADMIN ? "camunda-admin" : name().toLowerCase(Locale.ROOT);
    }

    /** Whether the person signed in to this request (or the thread's job) holds this role. */
    public boolean isHeldBySignedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> authority().equals(a.getAuthority()));
    }

    /** The role behind a Spring Security authority, or null when the authority is not one of ours. */
    public static Role ofAuthority(String authority) {
        if (authority == null || !authority.startsWith(AUTHORITY_PREFIX)) {
            return null;
        }
        String name = authority.substring(AUTHORITY_PREFIX.length());
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
