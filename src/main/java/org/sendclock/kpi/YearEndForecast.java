package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The best and worst 20-week rate the calendar year can still end with, and how many open cases must be finished on
 * time to reach the target. The year's plans are those already issued this year (from 1 January to today) and the
 * open cases whose week 20 falls this year, each assumed to be issued this year: on time at best unless the clock
 * register holds its week 20 overdue today (due before today), late at worst. Open cases whose week 20 fell in an earlier year are shown apart and left out.
 *
 * @param issued                plans issued from 1 January to today (for "excluding", those without an exception)
 * @param openDueThisYear       open cases whose final plan is due this year
 * @param stillPossibleOnTime   of those, due today or later: each can still be on time
 * @param alreadyLate           of those, due before today: late whatever happens
 * @param onTimeNeeded          the fewest of the still-possible cases that must be issued on time for the year's
 *                              rate (one decimal) to reach the target; null without a target or when even all of
 *                              them would not be enough
 * @param openDueInEarlierYears open cases already past a week 20 of an earlier year: not in the forecast
 */
public record YearEndForecast(int year, LocalDate today, Measure measure, long issued, long onTime,
                              BigDecimal rateSoFar, long openDueThisYear, long stillPossibleOnTime, long alreadyLate,
                              long yearEndPlans, BigDecimal bestRate, BigDecimal worstRate, EffectiveTarget target,
                              Long onTimeNeeded, Boolean targetReachable, long openDueInEarlierYears) {

    static final List<String> CSV_HEADER = List.of("year", "today", "measure", "issued", "onTime", "rateSoFar",
            "openDueThisYear", "stillPossibleOnTime", "alreadyLate", "yearEndPlans", "bestRate", "worstRate", "target",
            "onTimeNeeded", "targetReachable", "openDueInEarlierYears");

    static YearEndForecast of(LocalDate today, Measure measure, List<IssuedPlan> issuedThisYear,
                              List<OpenCase> open, EffectiveTarget target) {
        int year = today.getYear();
        long issued = issuedThisYear.size();
        long onTime = issuedThisYear.stream().filter(IssuedPlan::onTime).count();
        List<OpenCase> dueThisYear = open.stream().filter(c -> c.finalPlanDue().getYear() == year).toList();
        long possible = dueThisYear.stream().filter(c -> !c.overdue()).count();
        long yearEnd = issued + dueThisYear.size();
        Long needed = target == null ? null : needed(onTime, possible, yearEnd, target.percent());
        return new YearEndForecast(year, today, measure, issued, onTime, Rate.percent(onTime, issued),
                dueThisYear.size(), possible, dueThisYear.size() - possible, yearEnd,
                Rate.percent(onTime + possible, yearEnd), Rate.percent(onTime, yearEnd), target, needed,
                target == null || yearEnd == 0 ? null : needed != null,
                open.stream().filter(c -> c.finalPlanDue().getYear() < year).count());
    }

    /** Compared as the board will see it: the rate rounded to one decimal, at least the target. */
    private static Long needed(long onTime, long possible, long yearEnd, BigDecimal target) {
        if (yearEnd == 0) {
            return null;
        }
        for (long k = 0; k <= possible; k++) {
            if (Rate.percent(onTime + k, yearEnd).compareTo(target) >= 0) {
                return k;
            }
        }
        return null;
    }

    CsvTable csv() {
        List<Object> row = Arrays.asList(year, today, measure, issued, onTime, rateSoFar, openDueThisYear,
                stillPossibleOnTime, alreadyLate, yearEndPlans, bestRate, worstRate,
                target == null ? null : target.percent(), onTimeNeeded, targetReachable, openDueInEarlierYears);
        return new CsvTable("forecast-" + year + "-" + measure.name().toLowerCase().replace('_', '-'), CSV_HEADER,
                List.of(row));
    }
}
