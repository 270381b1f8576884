package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Decisions whether to assess made within 6 weeks, month by month, with the total: {@code GET /api/kpis/decisions}. */
public record DecisionReport(YearMonth from, YearMonth to, List<DecisionFigures> months, DecisionFigures total) {

    static DecisionReport of(MonthRange range, List<DecisionMade> decisions) {
        ByMonth<DecisionMade> byMonth = new ByMonth<>(decisions);
        List<DecisionFigures> months = range.months().stream().map(m -> DecisionFigures.of(m, byMonth.in(m))).toList();
        return new DecisionReport(range.from(), range.to(), months, DecisionFigures.of(null, byMonth.in(range)));
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.add(m.csvRow()));
        rows.add(total.csvRow());
        return new CsvTable("decisions-" + from + "-to-" + to, DecisionFigures.CSV_HEADER, rows);
    }
}
