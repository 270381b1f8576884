package org.sendclock.kpi;

import java.util.List;

/**
 * The validation report of a year's SEN2 extract: how many records it holds, how many would fail, and why, one line
 * per fault.
 */
public record Sen2Validation(int year, int records, long recordsWithProblems, List<Sen2Problem> problems) {

    CsvTable csv() {
        return new CsvTable("sen2-" + year + "-validation", List.of("caseRef", "field", "message"),
                problems.stream().<List<?>>map(p -> List.of(p.caseRef(), p.field(), p.message())).toList());
    }
}
