package org.sendclock.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on through the council's identity provider (OpenID Connect, e.g. Microsoft Entra ID), under
 * {@code sendclock.sso}: {@code enabled}; the claim that names the person ({@code username-claim}, Entra's
 * {@code preferred_username}) and the claim that lists their groups ({@code groups-claim}, {@code groups});
 * {@code roles.<group id>} the role (or roles, comma-separated) a group gives, and {@code teams.<group id>} the team
 * (or teams) it puts its members in. The provider itself is Spring Boot's
 * {@code spring.security.oauth2.client.registration.entra.*} and, for the API's bearer tokens,
 * {@code spring.security.oauth2.resourceserver.jwt.*} (README, "Signing in with single sign-on").
 */
@ConfigurationProperties("sendclock.sso")
public record SingleSignOnSettings(boolean enabled, String usernameClaim, String groupsClaim,
                                   Map<String, List<String>> roles, Map<String, List<String>> teams) {

    /** What the Camunda webapps accept as a user id (see camunda.bpm.generic-properties in application.yml). */
    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._@-]{0,99}");

    public SingleSignOnSettings {
        usernameClaim = usernameClaim == null || usernameClaim.isBlank() ? "preferred_username" : usernameClaim;
        groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
        roles = byGroupId(roles);
        teams = byGroupId(teams);
    }

    /** Group ids compared without regard to case: Entra writes them in lower case, a settings file may not. */
    private static Map<String, List<String>> byGroupId(Map<String, List<String>> settings) {
        Map<String, List<String>> byId = new LinkedHashMap<>();
        if (settings != null) {
            settings.forEach((id, values) -> byId.put(id.trim().toLowerCase(Locale.ROOT),
                    values == null ? List.of() : values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList()));
        }
        return byId;
    }

    /**
     * Refuses to start with single sign-on on but mapped wrongly, naming every setting at fault: otherwise people would
     * sign in with the wrong rights or not at all.
     */
    void requireComplete() {
        if (!enabled) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (roles.isEmpty()) {
            problems.add("sendclock.sso.roles is empty: map at least one group id of the identity provider to a role "
                    + "(sendclock.sso.roles.<group id>=CASEWORKER)");
        }
        roles.forEach((group, named) -> {
            if (named.isEmpty()) {
                problems.add("sendclock.sso.roles." + group + " names no role");
            }
            for (String role : named) {
                if (role(role) == null) {
                    problems.add("sendclock.sso.roles." + group + ": \"" + role
                            + "\" is not a role (CASEWORKER, MANAGER, PERFORMANCE, ADMIN)");
                }
            }
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Single sign-on cannot be set up: " + String.join("; ", problems) + ".");
        }
    }

    /** The account a person's groups give them: no roles when none of their groups is mapped to one. */
    Account accountOf(String username, Collection<?> groups) {
        Set<Role> given = EnumSet.noneOf(Role.class);
        Set<String> inTeams = new TreeSet<>();
        for (Object group : groups) {
            String id = String.valueOf(group).trim().toLowerCase(Locale.ROOT);
            roles.getOrDefault(id, List.of()).stream().map(SingleSignOnSettings::role).filter(r -> r != null)
                    .forEach(given::add);
            inTeams.addAll(teams.getOrDefault(id, List.of()));
        }
        return new Account(username, null, given, inTeams);
    }

    private static Role role(String name) {
        try {
            return Role.valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
