package org.sendclock.security;

import java.util.List;
import java.util.Set;

/**
 * One person who may sign in: user name, password already encoded for the {@code DelegatingPasswordEncoder}
 * (e.g. {@code {bcrypt}$2a$...}), and roles.
 */
public record Account(String username, String encodedPassword, Set<Role> roles) {

    public Account {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "Account[username=" + username + ", roles=" + roles + "]";
    }

    /** All accounts of this installation: the demo users, or in production the configured administrator. */
    public record All(List<Account> accounts) {

        public All {
            accounts = List.copyOf(accounts);
        }
    }
}
