package org.sendclock.oversight;

import org.sendclock.advice.AdviceType;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.deadline.Deadline;

/**
 * The register's filters; null means "any". Team and caseworker match whole names, ignoring case; {@code provider} matches
 * part of the advice provider's name, ignoring case ({@link OpenClocks} turns them into SQL). {@code scope} is the
 * cases the reader may see (a manager their teams'; ADR 16), every case for the digest.
 */
public record RegisterFilter(String team, String caseworker, Deadline clock, AdviceType adviceType, String provider,
                             CaseScope scope) {

    public static final RegisterFilter ALL = new RegisterFilter(null, null, null, null, null);

    public RegisterFilter {
        scope = scope == null ? CaseScope.EVERY_CASE : scope;
    }

    public RegisterFilter(String team, String caseworker, Deadline clock, AdviceType adviceType, String provider) {
        this(team, caseworker, clock, adviceType, provider, CaseScope.EVERY_CASE);
    }

    /** The same filters over only the cases in {@code scope}. */
    public RegisterFilter within(CaseScope scope) {
        return new RegisterFilter(team, caseworker, clock, adviceType, provider, scope);
    }

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
}
