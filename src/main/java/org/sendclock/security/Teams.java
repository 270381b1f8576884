package org.sendclock.security;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who works in which team: for a caseworker's list (the team's unassigned tasks), for passing a task on, and for the
 * teams a new request may be given.
 */
@Component
public class Teams {

    private final Account.All accounts;

    public Teams(Account.All accounts) {
        this.accounts = accounts;
    }

    public Set<String> of(String username) {
        return accounts.accounts().stream().filter(a -> a.username().equals(username)).findFirst()
                .map(Account::teams).orElse(Set.of());
    }

    /** Whether someone of this user name can sign in: only they can be given a case or its tasks. */
    public boolean canSignIn(String username) {
        return accounts.accounts().stream().anyMatch(a -> a.username().equals(username));
    }

    /** Every caseworker of the installation, by name: whom a manager may give cases to. */
    public List<String> caseworkers() {
        return accounts.accounts().stream().filter(a -> a.roles().contains(Role.CASEWORKER)).map(Account::username)
                .sorted().toList();
    }

    /** Every team someone works in, by name: the teams a case may be given. */
    public List<String> all() {
        return accounts.accounts().stream().flatMap(a -> a.teams().stream()).distinct().sorted().toList();
    }

    /** The caseworkers who share a team with this person, themselves excepted, by name. */
    public List<String> colleaguesOf(String username) {
        Set<String> mine = of(username);
        return accounts.accounts().stream()
                .filter(a -> !a.username().equals(username) && a.roles().contains(Role.CASEWORKER))
                .filter(a -> a.teams().stream().anyMatch(mine::contains))
                .map(Account::username).sorted().toList();
    }
}
