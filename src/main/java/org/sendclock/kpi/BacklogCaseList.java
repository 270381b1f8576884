package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;

/** The cases behind one figure of the backlog ({@code /api/kpis/backlog/cases?on=2024-06-30&measure=20-30}). */
public record BacklogCaseList(LocalDate on, String measure, int count, List<CaseEntry> cases) {

    CsvTable csv() {
        return new CsvTable("backlog-" + measure.replace("+", "-plus") + "-" + on, CaseEntry.CSV_HEADER,
                cases.stream().<List<?>>map(CaseEntry::csvRow).toList());
    }
}
