package org.sendclock.kpi;

import java.time.Month;
import java.time.YearMonth;

/**
 * The periods boards read besides the month: the calendar year to date (from January, as the SEN2 return counts),
 * the financial year (April to March) and its year to date, and the rolling twelve months.
 */
final class Periods {

    private Periods() {
    }

    static MonthRange yearToDate(YearMonth month) {
        return new MonthRange(YearMonth.of(month.getYear(), Month.JANUARY), month);
    }

    /** The financial year a month belongs to starts in April of that year, or of the year before for January–March. */
    static MonthRange financialYearToDate(YearMonth month) {
        int startYear = month.getMonthValue() >= Month.APRIL.getValue() ? month.getYear() : month.getYear() - 1;
        return new MonthRange(YearMonth.of(startYear, Month.APRIL), month);
    }

    static MonthRange rollingTwelveMonths(YearMonth month) {
        return new MonthRange(month.minusMonths(11), month);
    }

    /** "2016-17": April 2016 to March 2017. */
    static MonthRange financialYear(int startYear) {
        return new MonthRange(YearMonth.of(startYear, Month.APRIL), YearMonth.of(startYear + 1, Month.MARCH));
    }

    static String financialYearName(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
