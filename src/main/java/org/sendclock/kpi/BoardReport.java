package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.List;

/** A measure month by month as the board pack shows it: {@code GET /api/kpis/board}. */
public record BoardReport(Measure measure, String label, YearMonth from, YearMonth to, List<BoardRow> months) {

    /** Counts must reach twelve months before {@code from}: the rolling year of the month before it. */
    static final int MONTHS_LOOKED_BACK = 12;

    static BoardReport of(Measure measure, MonthRange range, MonthlyCounts counts, Trajectory trajectory) {
        return new BoardReport(measure, measure.label(), range.from(), range.to(),
                range.months().stream().map(m -> BoardRow.of(m, counts, trajectory)).toList());
    }

    CsvTable csv() {
        return new CsvTable("board-" + measure.name().toLowerCase().replace('_', '-') + "-" + from + "-to-" + to,
                BoardRow.csvHeader(), months.stream().<List<?>>map(BoardRow::csvRow).toList());
    }
}
