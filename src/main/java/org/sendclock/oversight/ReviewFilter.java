package org.sendclock.oversight;

import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.InvalidRequest;

/**
 * The reviews register's filters; null means "any". {@code status}: the reviews due in the next eight weeks or those
 * overdue (null: both). {@code setting}: the school or college the plan names now, by its URN (6 digits) or UKPRN
 * (8 digits), or a SEN setting code (EHE, OLA, ...) where none is named. Team and caseworker match whole names,
 * ignoring case. {@code scope} is the cases the reader may see (a manager their teams', ADR 16).
 */
public record ReviewFilter(Status status, String setting, String team, String caseworker, CaseScope scope) {

    /** The register's two lists, as its counts open them. */
    public enum Status {
        /** Not yet overdue: a review due within eight weeks, or one of its steps inside its warning window. */
        DUE,
        /** A review or a step of one whose due date has ended and which was not done. */
        OVERDUE
    }

    public static final ReviewFilter ALL = new ReviewFilter(null, null, null, null, CaseScope.EVERY_CASE);

    private static final Pattern URN_OR_UKPRN = Pattern.compile("[0-9]{6}|[0-9]{8}");
    private static final Pattern SETTING_CODE = Pattern.compile("[A-Za-z]{2,4}");

    public ReviewFilter {
        scope = scope == null ? CaseScope.EVERY_CASE : scope;
    }

    public ReviewFilter within(CaseScope scope) {
        return new ReviewFilter(status, setting, team, caseworker, scope);
    }

    /** The same filters over one of the two lists (null: both). */
    public ReviewFilter showing(Status status) {
        return new ReviewFilter(status, setting, team, caseworker, scope);
    }

    /** The setting is a school's URN or a college's UKPRN (else a SEN setting code). */
    boolean settingIsUrn() {
        return setting != null && URN_OR_UKPRN.matcher(setting).matches();
    }

    /** From request parameters: blank means "any"; a bad value is a 400 naming each field at fault. */
    public static ReviewFilter parse(String status, String setting, String team, String caseworker) {
        InvalidRequest.Collector errors = new InvalidRequest.Collector();
        Status chosen = null;
        if (status != null && !status.isBlank()) {
            chosen = Arrays.stream(Status.values()).filter(l -> l.name().equalsIgnoreCase(status.trim()))
                    .findFirst().orElse(null);
            errors.rejectIf(chosen == null, "status", "must be DUE or OVERDUE");
        }
        String named = blankToNull(setting);
        errors.rejectIf(named != null && !URN_OR_UKPRN.matcher(named).matches()
                        && !SETTING_CODE.matcher(named).matches(), "setting",
                "must be a school's URN (6 digits), a college's UKPRN (8 digits) or a SEN setting code such as EHE");
        errors.throwIfAny();
        if (named != null && !URN_OR_UKPRN.matcher(named).matches()) {
            named = named.toUpperCase(Locale.ROOT);
        }
        return new ReviewFilter(chosen, named, blankToNull(team), blankToNull(caseworker), CaseScope.EVERY_CASE);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
