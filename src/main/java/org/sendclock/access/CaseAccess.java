package org.sendclock.access;

import java.util.Set;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseScope;
import org.sendclock.security.Role;
import org.sendclock.security.Teams;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Which cases a person may read and act on (ADR 16):
 * <ul>
 *   <li>an administrator: every case (reading only: the roles keep the steps from them);</li>
 *   <li>a caseworker: the cases of their teams, those assigned to them by name, and those of no team;</li>
 *   <li>a manager: the cases of their teams and those of no team;</li>
 *   <li>the performance team: none (they never see a case page or a name);</li>
 * </ul>
 * unless {@code sendclock.access.all-cases-open-to-caseworkers} opens every case to caseworkers and managers.
 * A case outside it is answered as if it did not exist (404), so its reference and its existence stay hidden.
 */
@Component
@EnableConfigurationProperties(AccessSettings.class)
public class CaseAccess {

    private final Teams teams;
    private final CaseRepository cases;
    private final AccessSettings settings;

    CaseAccess(Teams teams, CaseRepository cases, AccessSettings settings) {
        this.teams = teams;
        this.cases = cases;
        this.settings = settings;
    }

    /** The scope of the person signed in to this request. */
    public CaseScope scope() {
        return scopeOf(SecurityContextHolder.getContext().getAuthentication());
    }

    public CaseScope scopeOf(Authentication who) {
        if (who == null || !who.isAuthenticated()) {
            return CaseScope.of(Set.of(), null);
        }
        boolean admin = holds(who, Role.ADMIN);
        boolean caseworker = holds(who, Role.CASEWORKER);
        boolean manager = holds(who, Role.MANAGER);
        if (admin || ((caseworker || manager) && settings.allCasesOpenToCaseworkers())) {
            return CaseScope.EVERY_CASE;
        }
        return CaseScope.of(caseworker || manager ? teams.of(who.getName()) : Set.of(),
                caseworker ? who.getName() : null);
    }

    /**
     * Refuses a case outside the signed-in person's scope exactly as a case that does not exist is refused, so the
     * answer says nothing of whether it exists.
     */
    public void requireReadable(String caseRef) {
        CaseScope scope = scope();
        if (scope.everyCase()) {
            return; // an unknown case is refused by the step itself, as ever
        }
        boolean readable = cases.findHoldersByCaseRef(caseRef)
                .map(h -> scope.covers(h.getTeam(), h.getCaseworker())).orElse(false);
        if (!readable) {
            throw new CaseNotFound("There is no case " + caseRef);
        }
    }

    private static boolean holds(Authentication who, Role role) {
        return who.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority()));
    }
}
