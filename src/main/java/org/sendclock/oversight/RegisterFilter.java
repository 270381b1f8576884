package org.sendclock.oversight;

import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.deadline.Deadline;

/** The register's filters; null means "any". {@code provider} matches the advice provider's name, ignoring case. */
public record RegisterFilter(String team, String caseworker, Deadline clock, AdviceType adviceType, String provider) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, null);

    /** From request parameters: blank means "any"; an unknown clock or advice type is a 400 naming it. */
    public static RegisterFilter parse(String team, String caseworker, String clock, String adviceType,
                                       String provider) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        Deadline deadline = parse(Deadline.class, clock, "clock", errors);
        AdviceType type = parse(AdviceType.class, adviceType, "adviceType", errors);
        errors.throwIfAny();
        return new RegisterFilter(blankToNull(team), blankToNull(caseworker), deadline, type, blankToNull(provider));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field,
                                               InvalidRequest.Collector errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            errors.reject(field, "must be one of " + java.util.Arrays.toString(type.getEnumConstants()));
            return null;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

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
