package org.sendclock.oversight;

import org.sendclock.advice.AdviceType;
import org.sendclock.deadline.Deadline;

/** The register's filters; null means "any". {@code provider} matches the advice provider's name, ignoring case. */
public record RegisterFilter(String team, String caseworker, Deadline clock, AdviceType adviceType, String provider) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, null);

    boolean accepts(ClockRow row) {
        return (team == null || team.equalsIgnoreCase(nullToEmpty(row.team())))
                && (caseworker == null || caseworker.equalsIgnoreCase(nullToEmpty(row.caseworker())))
                && (clock == null || clock == row.clock())
                && (adviceType == null || adviceType == row.adviceType())
                && (provider == null || nullToEmpty(row.provider()).toLowerCase().contains(provider.toLowerCase()));
    }

    boolean accepts(String caseTeam, String caseCaseworker) {
        return (team == null || team.equalsIgnoreCase(nullToEmpty(caseTeam)))
                && (caseworker == null || caseworker.equalsIgnoreCase(nullToEmpty(caseCaseworker)));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
