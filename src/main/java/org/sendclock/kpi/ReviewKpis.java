package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual reviews measure (issue 13): cycles due and reviewed on time, decisions and amended plans in time, the
 * outcomes, and the reviews overdue on a day, each figure with the cases behind it from the same rows.
 */
@Service
@Transactional(readOnly = true)
public class ReviewKpis {

    static final String TABLE = "reviews";

    private final ReviewCycles cycles;
    private final ReviewMonthFigures monthFigures;

    ReviewKpis(ReviewCycles cycles, ReviewMonthFigures monthFigures) {
        this.cycles = cycles;
        this.monthFigures = monthFigures;
    }

    /** The table: the months' kept figures (ADR 37); {@link #reviewCases} reads the rows behind a figure. */
    public ReviewReport reviews(MonthRange range) {
        return ReviewReport.of(range, monthFigures.in(range));
    }

    public CaseList reviewCases(MonthRange range, ReviewCount count) {
        List<CaseEntry> entries = cycles.eventsIn(range, count.kind()).stream()
                .filter(e -> range.contains(e.month()))
                .filter(count::counts)
                .map(count::entry)
                .toList();
        return new CaseList(TABLE, count.field(), range.from(), range.to(), entries.size(), entries);
    }

    public OverdueReviews overdue(LocalDate on) {
        return OverdueReviews.counted(on, cycles.overdueCountsOn(on));
    }

    /** {@code measure}: {@link OverdueReviews#ALL} or a band of weeks overdue ("0-4" … "27+"). */
    public OverdueReviewList overdueCases(LocalDate on, String measure) {
        return OverdueReviewList.of(on, measure, cycles.overdueOn(on));
    }

    /** The names {@link #overdueCases} opens. */
    public static String[] overdueMeasures() {
        return OverdueReviews.measures();
    }
}
