package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The cases behind one figure of a KPI table ({@code …/cases?month=2024-06&measure=onTime}): as many entries as the
 * figure counts, one per event, in date order.
 */
public record CaseList(String table, String measure, YearMonth from, YearMonth to, int count, List<CaseEntry> cases) {

    static <E extends KpiEvent> CaseList of(String table, Count<E> count, MonthRange range, List<E> events,
                                            Predicate<E> alsoOnly) {
        List<CaseEntry> entries = events.stream()
                .filter(e -> range.contains(e.month()))
                .filter(alsoOnly)
                .filter(count::counts)
                .map(KpiEvent::entry)
                .toList();
        return new CaseList(table, count.field(), range.from(), range.to(), entries.size(), entries);
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        String name = table + "-" + measure + "-" + (from.equals(to) ? from : from + "-to-" + to);
        switch (table) {
            // A review's lists say what was decided beside the dates, as the decisions measure's do.
            case "decisions", "reviews" -> {
                cases.forEach(c -> rows.add(c.decisionCsvRow()));
                return new CsvTable(name, CaseEntry.DECISION_CSV_HEADER, rows);
            }
            case "twenty-week" -> {
                cases.forEach(c -> rows.add(c.twentyWeekCsvRow()));
                return new CsvTable(name, CaseEntry.TWENTY_WEEK_CSV_HEADER, rows);
            }
            default -> {
                cases.forEach(c -> rows.add(c.csvRow()));
                return new CsvTable(name, CaseEntry.CSV_HEADER, rows);
            }
        }
    }
}
