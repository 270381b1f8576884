package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Annual reviews month by month, with the total of the range: {@code GET /api/kpis/reviews}. */
public record ReviewReport(YearMonth from, YearMonth to, List<ReviewFigures> months, ReviewFigures total) {

    static ReviewReport of(MonthRange range, List<ReviewEvent> events) {
        ByMonth<ReviewEvent> byMonth = new ByMonth<>(events);
        List<ReviewFigures> months = range.months().stream().map(m -> ReviewFigures.of(m, byMonth.in(m))).toList();
        return new ReviewReport(range.from(), range.to(), months, ReviewFigures.of(null, byMonth.in(range)));
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(m.csvRow()));
        rows.add(total.csvRow());
        return new CsvTable("reviews-" + from + "-to-" + to, ReviewFigures.CSV_HEADER, rows);
    }
}
