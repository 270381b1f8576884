package org.sendclock.casefile;

import java.util.ArrayList;
import java.util.Set;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The cases one person may read and act on: every case, or those of their teams, those assigned to them and those of
 * no team. A case of no team is nobody's team's, so its tasks are on every caseworker's list (ADR 10); it stays open
 * to all who work cases, or nobody but an administrator could see it. Team and caseworker names match exactly, as the
 * engine's candidate groups and assignees do. Who gets which scope is the {@code access} package's rule; this is how
 * a case, a query of the case record or a SQL statement applies it.
 */
public record CaseScope(boolean everyCase, Set<String> teams, String caseworker) {

    public static final CaseScope EVERY_CASE = new CaseScope(true, Set.of(), null);

    public CaseScope {
        teams = Set.copyOf(teams);
    }

    /** The cases of these teams, of no team, and those assigned to {@code caseworker} (null: none by name). */
    public static CaseScope of(Set<String> teams, String caseworker) {
        return new CaseScope(false, teams, caseworker);
    }

    public boolean covers(AssessmentCase assessment) {
        return covers(assessment.getTeam(), assessment.getCaseworker());
    }

    public boolean covers(String team, String assignedTo) {
        return everyCase || team == null || teams.contains(team)
                || (caseworker != null && caseworker.equals(assignedTo));
    }

    /** This scope as a condition of a query of the case record. */
    public Specification<AssessmentCase> asSpecification() {
        return (root, query, cb) -> {
            if (everyCase) {
                return cb.conjunction();
            }
            var team = root.<String>get("team");
            var any = new ArrayList<jakarta.persistence.criteria.Predicate>();
            any.add(cb.isNull(team));
            if (!teams.isEmpty()) {
                any.add(team.in(teams));
            }
            if (caseworker != null) {
                any.add(cb.equal(root.get("caseworker"), caseworker));
            }
            return cb.or(any.toArray(jakarta.persistence.criteria.Predicate[]::new));
        };
    }

    /**
     * This scope as a SQL condition over a team and a caseworker column (e.g. {@code c.team}), its parameters
     * ({@code scopeTeams}, {@code scopeCaseworker}) added to {@code params}.
     */
    public String sql(String teamColumn, String caseworkerColumn, MapSqlParameterSource params) {
        if (everyCase) {
            return "1 = 1";
        }
        StringBuilder sql = new StringBuilder("(").append(teamColumn).append(" is null");
        if (!teams.isEmpty()) {
            sql.append(" or ").append(teamColumn).append(" in (:scopeTeams)");
            params.addValue("scopeTeams", teams);
        }
        if (caseworker != null) {
            sql.append(" or ").append(caseworkerColumn).append(" = :scopeCaseworker");
            params.addValue("scopeCaseworker", caseworker);
        }
        return sql.append(")").toString();
    }
}
