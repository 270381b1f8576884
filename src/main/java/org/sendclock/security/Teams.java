package org.sendclock.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who works in which team: for a caseworker's list (the team's unassigned tasks), for passing a task on, and for the
 * teams a new request may be given. The staff are the configured accounts and those who signed in through single
 * sign-on ({@link SingleSignOnStaff}); a configured account wins over a single sign-on one of the same name.
 */
@Component
public class Teams {

    private final Account.All accounts;
    private final SingleSignOnStaff singleSignOn;

    public Teams(Account.All accounts, SingleSignOnStaff singleSignOn) {
        this.accounts = accounts;
        this.singleSignOn = singleSignOn;
    }

    private List<Account> everyone() {
        List<Account> everyone = new ArrayList<>(accounts.accounts());
        Set<String> configured = everyone.stream().map(Account::username).collect(Collectors.toSet());
        singleSignOn.accounts().stream().filter(a -> !configured.contains(a.username())).forEach(everyone::add);
        return everyone;
    }

    public Set<String> of(String username) {
        return everyone().stream().filter(a -> a.username().equals(username)).findFirst()
                .map(Account::teams).orElse(Set.of());
    }

    /** Whether someone of this user name can sign in: only they can be given a case or its tasks. */
    public boolean canSignIn(String username) {
        return everyone().stream().anyMatch(a -> a.username().equals(username));
    }

    /** Every caseworker of the installation, by name: whom a manager may give cases to. */
    public List<String> caseworkers() {
        return everyone().stream().filter(a -> a.roles().contains(Role.CASEWORKER)).map(Account::username)
                .sorted().toList();
    }

    /** Every team someone works in, by name: the teams a case may be given. */
    public List<String> all() {
        return everyone().stream().flatMap(a -> a.teams().stream()).distinct().sorted().toList();
    }

    /** The caseworkers who share a team with this person, themselves excepted, by name. */
    public List<String> colleaguesOf(String username) {
        Set<String> mine = of(username);
        return everyone().stream()
                .filter(a -> !a.username().equals(username) && a.roles().contains(Role.CASEWORKER))
                .filter(a -> a.teams().stream().anyMatch(mine::contains))
                .map(Account::username).sorted().toList();
    }
}
