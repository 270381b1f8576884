package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Requests by the month received and what became of them: {@code GET /api/kpis/cohorts}. */
public record CohortReport(YearMonth from, YearMonth to, List<CohortFigures> months, CohortFigures total) {

    static CohortReport of(MonthRange range, List<CohortCase> cases) {
        ByMonth<CohortCase> byMonth = new ByMonth<>(cases);
        List<CohortFigures> months = range.months().stream().map(m -> CohortFigures.of(m, byMonth.in(m))).toList();
        return new CohortReport(range.from(), range.to(), months, CohortFigures.of(null, byMonth.in(range)));
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(m.csvRow()));
        rows.add(total.csvRow());
        return new CsvTable("cohorts-" + from + "-to-" + to, CohortFigures.CSV_HEADER, rows);
    }
}
