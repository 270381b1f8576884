package org.sendclock.security;

import java.util.List;
import java.util.Set;

/**
 * One person who may sign in: user name, password already encoded for the {@code DelegatingPasswordEncoder}
 * (e.g. {@code {bcrypt}$2a$...}; null for someone who signs in through single sign-on), roles, and the teams they work in (a case's team is the candidate group of its
 * tasks).
 */
public record Account(String username, String encodedPassword, Set<Role> roles, Set<String> teams) {

    public Account {
        roles = Set.copyOf(roles);
        teams = Set.copyOf(teams);
    }

    public Account(String username, String encodedPassword, Set<Role> roles) {
        this(username, encodedPassword, roles, Set.of());
    }

    @Override
    public String toString() {
        return "Account[username=" + username + ", roles=" + roles + ", teams=" + teams + "]";
    }

    /** All accounts of this installation: the demo users, or in production the configured administrator. */
    public record All(List<Account> accounts) {

        public All {
            accounts = List.copyOf(accounts);
        }
    }
}
