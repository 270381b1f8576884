package org.sendclock.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people who signed in through single sign-on, as accounts like the configured staff's, kept in the database
 * ({@code sso_account}) so that every node, and a restarted one, knows their roles and teams: whom a manager may give a
 * case to, who sees a team's unassigned tasks. Each sign-in writes what the identity provider's groups say now; an
 * API call with a bearer token writes only when that differs from what this node last wrote.
 */
@Component
public class SingleSignOnStaff {

    private final JdbcTemplate jdbc;
    private final SingleSignOnSettings settings;
    private final ApplicationEventPublisher events;
    /** What this node last wrote, so that a bearer token's every call does not write. */
    private final Map<String, Account> written = new ConcurrentHashMap<>();

    SingleSignOnStaff(JdbcTemplate jdbc, SingleSignOnSettings settings, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.events = events;
    }

    /** A person signed in through the pages: their roles and teams as the identity provider gives them now. */
    void signedIn(Account account) {
        write(account);
    }

    /** A person called the API with a bearer token: written only if their roles or teams changed. */
    void calledTheApi(Account account) {
        if (!account.equals(written.get(account.username()))) {
            write(account);
        }
    }

    /** A person whose groups no longer give them a role: they drop out of the lists of staff. */
    void refused(String username) {
        written.remove(username);
        jdbc.update("delete from sso_account where username = ?", username);
    }

    /** Everyone who has signed in through single sign-on (none while it is switched off). */
    List<Account> accounts() {
        if (!settings.enabled()) {
            return List.of();
        }
        return jdbc.query("select username, roles, teams from sso_account order by username",
                (row, n) -> new Account(row.getString("username"), null, roles(row.getString("roles")),
                        teams(row.getString("teams"))));
    }

    private void write(Account account) {
        String roles = account.roles().stream().map(Role::name).sorted().collect(Collectors.joining(","));
        String teams = account.teams().stream().sorted().collect(Collectors.joining("\n"));
        Timestamp now = Timestamp.from(Instant.now());
        String update = "update sso_account set roles = ?, teams = ?, last_signed_in = ? where username = ?";
        if (jdbc.update(update, roles, teams, now, account.username()) == 0) {
            try {
                jdbc.update("insert into sso_account (username, roles, teams, last_signed_in) values (?, ?, ?, ?)",
                        account.username(), roles, teams, now);
            } catch (DuplicateKeyException signedInOnAnotherNodeMeanwhile) {
                jdbc.update(update, roles, teams, now, account.username());
            }
        }
        written.put(account.username(), account);
        events.publishEvent(new SignedInWithSso(account));
    }

    private static Set<Role> roles(String names) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(names.split(",")).filter(n -> !n.isBlank()).map(Role::valueOf).forEach(roles::add);
        return roles;
    }

    private static Set<String> teams(String names) {
        return Arrays.stream(names.split("\n")).filter(t -> !t.isBlank()).collect(Collectors.toSet());
    }

    /** Someone's account as single sign-on last gave it: the Camunda webapps make them a user of the engine. */
    public record SignedInWithSso(Account account) {
    }
}
