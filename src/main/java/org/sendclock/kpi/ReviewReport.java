package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Annual reviews month by month, with the total of the range: {@code GET /api/kpis/reviews}. */
public record ReviewReport(YearMonth from, YearMonth to, List<ReviewFigures> months, ReviewFigures total) {

    /** From the figures the database counted, each month of the range in turn (none counted: zeros). */
    static ReviewReport of(MonthRange range, Map<YearMonth, ReviewFigures> counted) {
        List<ReviewFigures> months = range.months().stream()
                .map(m -> counted.getOrDefault(m, ReviewFigures.none(m))).toList();
        // Added up from a figure of no month, so the total has none.
        ReviewFigures total = months.stream().reduce(ReviewFigures.none(null), ReviewFigures::plus);
        return new ReviewReport(range.from(), range.to(), months, total);
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(m.csvRow()));
        rows.add(total.csvRow());
        return new CsvTable("reviews-" + from + "-to-" + to, ReviewFigures.CSV_HEADER, rows);
    }
}
