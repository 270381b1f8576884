package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;

/**
 * Breakdowns at a glance, this week against last week ({@code on} and seven days earlier): overdue and at-risk clocks
 * by team, by caseworker and by advice type, and open assessments by weeks since the request.
 */
public record OversightSummary(
        LocalDate on,
        LocalDate lastWeek,
        Counts total,
        List<Group> byTeam,
        List<Group> byCaseworker,
        List<Group> byAdviceType,
        List<Band> weeksSinceRequest) {

    /** Name {@value #UNASSIGNED} groups the cases with no team or no caseworker. */
    public static final String UNASSIGNED = "(unassigned)";

    public record Counts(long overdue, long atRisk, long overdueLastWeek, long atRiskLastWeek) {
    }

    public record Group(String name, long overdue, long atRisk, long overdueLastWeek, long atRiskLastWeek) {
    }

    public record Band(String band, long cases, long casesLastWeek) {
    }

    /** The longest bar, so a page can draw each as a share of it. */
    public long widestBand() {
        return weeksSinceRequest.stream().mapToLong(b -> Math.max(b.cases(), b.casesLastWeek())).max().orElse(0);
    }
}
