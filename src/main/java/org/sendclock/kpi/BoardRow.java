package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One month of a board's table: the month itself and, side by side, the calendar year to date, the financial year to
 * date and the rolling twelve months, each with RAG against the month's target and direction against the month
 * before; England's rate for the year beside them.
 */
public record BoardRow(YearMonth month, PeriodFigures inMonth, PeriodFigures yearToDate,
                       PeriodFigures financialYearToDate, PeriodFigures rolling12Months, EffectiveTarget target,
                       BigDecimal england) {

    static BoardRow of(YearMonth month, MonthlyCounts counts, Trajectory trajectory) {
        EffectiveTarget target = trajectory.at(month);
        YearMonth before = month.minusMonths(1);
        return new BoardRow(month,
                PeriodFigures.of(counts.in(month), counts.in(before), target),
                // The year to date starts afresh in January, and the financial year's in April: nothing to compare.
                PeriodFigures.of(counts.in(Periods.yearToDate(month)), month.getMonth() == Month.JANUARY ? null
                        : counts.in(Periods.yearToDate(before)), target),
                PeriodFigures.of(counts.in(Periods.financialYearToDate(month)), month.getMonth() == Month.APRIL ? null
                        : counts.in(Periods.financialYearToDate(before)), target),
                PeriodFigures.of(counts.in(Periods.rollingTwelveMonths(month)),
                        counts.in(Periods.rollingTwelveMonths(before)), target),
                target, trajectory.england(month.getYear()));
    }

    static List<String> csvHeader() {
        List<String> header = new ArrayList<>(List.of("month", "target", "england"));
        header.addAll(PeriodFigures.csvHeader("month"));
        header.addAll(PeriodFigures.csvHeader("yearToDate"));
        header.addAll(PeriodFigures.csvHeader("financialYearToDate"));
        header.addAll(PeriodFigures.csvHeader("rolling12Months"));
        return header;
    }

    List<Object> csvRow() {
        List<Object> row = new ArrayList<>();
        row.add(month);
        row.add(target == null ? null : target.percent());
        row.add(england);
        row.addAll(inMonth.csvCells());
        row.addAll(yearToDate.csvCells());
        row.addAll(financialYearToDate.csvCells());
        row.addAll(rolling12Months.csvCells());
        return row;
    }
}
