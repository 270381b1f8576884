package org.sendclock.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseScope;
import org.sendclock.security.Account;
import org.sendclock.security.Role;
import org.sendclock.security.SingleSignOnStaff;
import org.sendclock.security.Teams;
import org.mockito.Mockito;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** Who may read which case: by team, by assignment, and everything when the council opens all cases. */
class CaseAccessTest {

    private static final Account.All STAFF = new Account.All(List.of(
            new Account("north", "{noop}x", EnumSet.of(Role.CASEWORKER), Set.of("North")),
            new Account("boss", "{noop}x", EnumSet.of(Role.MANAGER), Set.of("North", "East")),
            new Account("admin", "{noop}x", EnumSet.of(Role.ADMIN))));

    @Test
    void aCaseworkerReadsTheirTeamsCasesTheirOwnAndThoseOfNoTeam() {
        CaseScope scope = access(false).scopeOf(signedIn("north", Role.CASEWORKER));
        assertThat(scope.covers("North", "someone")).isTrue();
        assertThat(scope.covers("South", "north")).as("assigned to them").isTrue();
        assertThat(scope.covers(null, null)).as("no team: every team's list (ADR 10)").isTrue();
        assertThat(scope.covers("South", null)).isFalse();
        assertThat(scope.covers("north", null)).as("team names match exactly").isFalse();
    }

    @Test
    void aManagerReadsTheirTeamsCasesOnly() {
        CaseScope scope = access(false).scopeOf(signedIn("boss", Role.MANAGER));
        assertThat(scope.covers("East", null)).isTrue();
        assertThat(scope.covers("South", "boss")).as("managers are not given cases by name").isFalse();
    }

    @Test
    void administratorsReadEveryCase() {
        assertThat(access(false).scopeOf(signedIn("admin", Role.ADMIN))).isEqualTo(CaseScope.EVERY_CASE);
    }

    @Test
    void theSettingOpensEveryCaseToCaseworkersAndManagers() {
        CaseAccess open = access(true);
        assertThat(open.scopeOf(signedIn("north", Role.CASEWORKER))).isEqualTo(CaseScope.EVERY_CASE);
        assertThat(open.scopeOf(signedIn("boss", Role.MANAGER))).isEqualTo(CaseScope.EVERY_CASE);
        assertThat(open.scopeOf(signedIn("analyst", Role.PERFORMANCE)).covers("North", null)).isFalse();
    }

    private static CaseAccess access(boolean allOpen) {
        // No single sign-on here: its staff table is empty (a mock answers an empty list).
        return new CaseAccess(new Teams(STAFF, Mockito.mock(SingleSignOnStaff.class)), null, new AccessSettings(allOpen));
    }

    private static Authentication signedIn(String username, Role role) {
        return UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
