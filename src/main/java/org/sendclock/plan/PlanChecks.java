package org.sendclock.plan;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.sendclock.casefile.DateText;

/**
 * The checks a plan's facts must pass, said once for the commands and the plans import: each answers the problem in
 * words, or null when there is none. The caller names the field or the column.
 */
public final class PlanChecks {

    /** A school's URN is 6 digits; a college's UKPRN 8, starting with 1 (UK Register of Learning Providers). */
    private static final Pattern URN_OR_UKPRN = Pattern.compile("[0-9]{6}|1[0-9]{7}");

    /** Organised arrangements and direct payments are how a personal budget is taken up (SEN2 module 4a). */
    public static final String PERSONAL_BUDGET_FIRST = "is how a personal budget is taken up: tick the personal budget"
            + " too, or leave this out";

    private PlanChecks() {
    }

    public static String settingUrn(String urn) {
        return urn == null || URN_OR_UKPRN.matcher(urn).matches() ? null
                : "must be a school's URN (6 digits) or a college's UKPRN (8 digits starting with 1), not \"" + urn
                + "\"";
    }

    /** 1 is the main setting where the child attends more than one at once (SEN2 modules 4b and 5b). */
    public static String placementRank(Integer rank) {
        return rank == null || rank >= 1 && rank <= 9 ? null
                : "must be a whole number from 1 (the main setting) to 9";
    }

    /** A SEN setting code stands where no school or college is named: not beside one. */
    public static String bothSettings(String urn, SenSetting code) {
        return urn != null && code != null ? "name the school or college (its URN or UKPRN) or a SEN setting code,"
                + " not both" : null;
    }

    public static String repeatedNeed(List<SenNeed> needs) {
        Set<SenNeed> seen = new HashSet<>();
        for (SenNeed need : needs) {
            if (!seen.add(need)) {
                return "names " + need + " twice: each need once, in rank order";
            }
        }
        return null;
    }

    public static String inFuture(LocalDate date, LocalDate today) {
        return date != null && date.isAfter(today) ? "must not be in the future" : null;
    }

    public static String before(LocalDate date, LocalDate earliest, String earliestIs) {
        return date != null && earliest != null && date.isBefore(earliest)
                ? "must not be before " + earliestIs + ", " + DateText.of(earliest) : null;
    }
}
