package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;

/** The cases behind one figure of the forecast, e.g. the open cases that can still be issued on time. */
public record ForecastCaseList(LocalDate today, Measure measure, String figure, int count, List<CaseEntry> cases) {

    CsvTable csv() {
        return new CsvTable("forecast-" + figure + "-" + today, CaseEntry.CSV_HEADER,
                cases.stream().<List<?>>map(CaseEntry::csvRow).toList());
    }
}
