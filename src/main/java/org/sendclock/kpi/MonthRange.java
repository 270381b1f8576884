package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The months a board asks about, both ends included: {@code from=2024-01&to=2024-12} is twelve months. Every KPI
 * table has one row per month of the range, so a month with nothing in it still shows, as zeros.
 */
public record MonthRange(YearMonth from, YearMonth to) {

    /** Twenty years: more than any council's history here, few enough that a mistyped year cannot run away. */
    static final int MOST_MONTHS = 240;

    public MonthRange {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("to " + to + " is before from " + from);
        }
    }

    public static MonthRange of(YearMonth month) {
        return new MonthRange(month, month);
    }

    public static MonthRange calendarYear(int year) {
        return new MonthRange(YearMonth.of(year, 1), YearMonth.of(year, 12));
    }

    public List<YearMonth> months() {
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        return months;
    }

    public boolean contains(YearMonth month) {
        return !month.isBefore(from) && !month.isAfter(to);
    }

    /** The same range with earlier months in front, for figures that look back (rolling twelve months, year to date). */
    public MonthRange startingEarlier(int months) {
        return new MonthRange(from.minusMonths(months), to);
    }

    public LocalDate firstDay() {
        return from.atDay(1);
    }

    public LocalDate lastDay() {
        return to.atEndOfMonth();
    }

    @Override
    public String toString() {
        return from.equals(to) ? from.toString() : from + " to " + to;
    }
}
