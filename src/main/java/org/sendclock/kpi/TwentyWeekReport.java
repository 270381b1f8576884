package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * New plans issued within 20 weeks, month by month, with the total of the range: what {@code GET
 * /api/kpis/twenty-week} answers.
 */
public record TwentyWeekReport(YearMonth from, YearMonth to, List<TwentyWeekFigures> months, TwentyWeekFigures total) {

    static TwentyWeekReport of(MonthRange range, List<IssuedPlan> plans) {
        ByMonth<IssuedPlan> byMonth = new ByMonth<>(plans);
        List<TwentyWeekFigures> months = range.months().stream()
                .map(m -> TwentyWeekFigures.of(m, byMonth.in(m)))
                .toList();
        return new TwentyWeekReport(range.from(), range.to(), months, TwentyWeekFigures.of(null, byMonth.in(range)));
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(m.csvRow()));
        rows.add(total.csvRow());
        return new CsvTable("twenty-week-" + from + "-to-" + to, TwentyWeekFigures.CSV_HEADER, rows);
    }
}
