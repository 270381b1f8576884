package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Advice within 6 weeks by advice type, month by month, with the total: {@code GET /api/kpis/advice}. */
public record AdviceReport(YearMonth from, YearMonth to, List<AdviceMonth> months, AdviceMonth total) {

    static AdviceReport of(MonthRange range, List<AdviceReturned> advice) {
        ByMonth<AdviceReturned> byMonth = new ByMonth<>(advice);
        List<AdviceMonth> months = range.months().stream().map(m -> AdviceMonth.of(m, byMonth.in(m))).toList();
        return new AdviceReport(range.from(), range.to(), months, AdviceMonth.of(null, byMonth.in(range)));
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        months.forEach(m -> rows.addAll(m.csvRows()));
        rows.addAll(total.csvRows());
        return new CsvTable("advice-" + from + "-to-" + to, AdviceMonth.CSV_HEADER, rows);
    }
}
