package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;

/** The cases behind one figure of the overdue reviews ({@code /api/kpis/reviews/overdue/cases?on=&measure=5-8}). */
public record OverdueReviewList(LocalDate on, String measure, int count, List<CaseEntry> cases) {

    static OverdueReviewList of(LocalDate on, String measure, List<OverdueReview> overdue) {
        List<CaseEntry> entries = OverdueReviews.in(measure, overdue).stream().map(OverdueReview::entry).toList();
        return new OverdueReviewList(on, measure, entries.size(), entries);
    }

    CsvTable csv() {
        return new CsvTable("reviews-overdue-" + measure.replace("+", "-plus") + "-" + on, CaseEntry.CSV_HEADER,
                cases.stream().<List<?>>map(CaseEntry::csvRow).toList());
    }
}
