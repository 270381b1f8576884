package org.sendclock.kpi;

import java.util.ArrayList;
import java.util.List;

/** A measure year by year: {@code GET /api/kpis/years?kind=calendar|financial}. */
public record YearsReport(Measure measure, String label, String kind, List<YearFigures> years) {

    enum Kind {
        CALENDAR, FINANCIAL;

        MonthRange year(int year) {
            return this == CALENDAR ? MonthRange.calendarYear(year) : Periods.financialYear(year);
        }

        String name(int year) {
            return this == CALENDAR ? Integer.toString(year) : Periods.financialYearName(year);
        }
    }

    /** Counts must cover the year before {@code firstYear}, for the first year's direction of travel. */
    static MonthRange countedMonths(Kind kind, int firstYear, int lastYear) {
        return new MonthRange(kind.year(firstYear - 1).from(), kind.year(lastYear).to());
    }

    static YearsReport of(Measure measure, Kind kind, int firstYear, int lastYear, MonthlyCounts counts,
                          Trajectory trajectory) {
        List<YearFigures> years = new ArrayList<>();
        for (int year = firstYear; year <= lastYear; year++) {
            MonthRange months = kind.year(year);
            EffectiveTarget target = trajectory.at(months.to());
            PeriodFigures figures = PeriodFigures.of(counts.in(months), counts.in(kind.year(year - 1)), target);
            years.add(new YearFigures(kind.name(year), months.from(), months.to(), figures.onTime(), figures.total(),
                    figures.rate(), figures.rag(), figures.direction(), target,
                    kind == Kind.CALENDAR ? trajectory.england(year) : null));
        }
        return new YearsReport(measure, measure.label(), kind.name().toLowerCase(), years);
    }

    CsvTable csv() {
        String name = "years-" + kind + "-" + measure.name().toLowerCase().replace('_', '-');
        return new CsvTable(name, YearFigures.CSV_HEADER, years.stream().<List<?>>map(YearFigures::csvRow).toList());
    }
}
