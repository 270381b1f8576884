package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Periods, RAG, direction of travel and targets: the board's arithmetic, away from the database. */
class BoardLogicTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void periodsBoardsRead() {
        YearMonth march = YearMonth.of(2016, 3);
        assertThat(Periods.yearToDate(march)).isEqualTo(new MonthRange(YearMonth.of(2016, 1), march));
        assertThat(Periods.financialYearToDate(march)).isEqualTo(new MonthRange(YearMonth.of(2015, 4), march));
        assertThat(Periods.financialYearToDate(YearMonth.of(2016, 4))).isEqualTo(MonthRange.of(YearMonth.of(2016, 4)));
        assertThat(Periods.rollingTwelveMonths(YearMonth.of(2016, 1)))
                .isEqualTo(new MonthRange(YearMonth.of(2015, 2), YearMonth.of(2016, 1)));
        assertThat(Periods.financialYear(2016)).isEqualTo(new MonthRange(YearMonth.of(2016, 4), YearMonth.of(2017, 3)));
        assertThat(Periods.financialYearName(2016)).isEqualTo("2016-17");
        assertThat(Periods.financialYearName(1999)).isEqualTo("1999-00");
    }

    @Test
    void ragAgainstTheTargetWithItsAmberMargin() {
        BigDecimal target = new BigDecimal("50.0");
        BigDecimal margin = new BigDecimal("5.0");
        assertThat(Rag.of(new BigDecimal("50.0"), target, margin)).isEqualTo(Rag.GREEN);
        assertThat(Rag.of(new BigDecimal("49.9"), target, margin)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(new BigDecimal("45.0"), target, margin)).isEqualTo(Rag.AMBER);
        assertThat(Rag.of(new BigDecimal("44.9"), target, margin)).isEqualTo(Rag.RED);
        assertThat(Rag.of(null, target, margin)).isNull();
        assertThat(Rag.of(new BigDecimal("44.9"), null, margin)).isNull();
    }

    @Test
    void directionOfTravelOnTheRatesAsShown() {
        assertThat(Direction.of(new BigDecimal("37.5"), new BigDecimal("33.3"))).isEqualTo(Direction.UP);
        assertThat(Direction.of(new BigDecimal("33.3"), new BigDecimal("66.7"))).isEqualTo(Direction.DOWN);
        assertThat(Direction.of(new BigDecimal("37.5"), new BigDecimal("37.50"))).isEqualTo(Direction.SAME);
        assertThat(Direction.of(null, new BigDecimal("1.0"))).isNull();
        assertThat(Direction.of(new BigDecimal("1.0"), null)).isNull();
    }

    @Test
    void aTargetHoldsUntilTheNextOneAndNothingBeforeTheFirst() {
        Trajectory trajectory = new Trajectory(List.of(
                target("2024-07", "25.0", false), target("2024-04", "15.0", false)), List.of());
        assertThat(trajectory.at(YearMonth.of(2024, 3))).isNull();
        assertThat(trajectory.at(YearMonth.of(2024, 4)).percent()).isEqualByComparingTo("15.0");
        assertThat(trajectory.at(YearMonth.of(2024, 6)).percent()).isEqualByComparingTo("15.0");
        assertThat(trajectory.at(YearMonth.of(2024, 7)).percent()).isEqualByComparingTo("25.0");
        assertThat(trajectory.at(YearMonth.of(2025, 2)).setFrom()).isEqualTo(YearMonth.of(2024, 7));
        assertThat(trajectory.at(YearMonth.of(2025, 2)).description()).isEqualTo("25.0%");
    }

    @Test
    void xPercentOrTheNationalAverageWhicheverIsHigher() {
        List<ComparatorRate> england = List.of(england(2023, "50.3"), england(2024, "46.4"));
        Trajectory trajectory = new Trajectory(List.of(target("2024-10", "48.0", true)), england);

        EffectiveTarget sameYear = trajectory.at(YearMonth.of(2024, 10)); // 48.0 beats 2024's 46.4
        assertThat(sameYear.percent()).isEqualByComparingTo("48.0");
        assertThat(sameYear.nationalYear()).isEqualTo(2024);
        assertThat(sameYear.description())
                .isEqualTo("48.0% or the national average (46.4% for England in 2024), whichever is higher");

        EffectiveTarget lastYears = trajectory.at(YearMonth.of(2025, 3)); // 2025 not published: 2024's
        assertThat(lastYears.nationalYear()).isEqualTo(2024);
        assertThat(lastYears.percent()).isEqualByComparingTo("48.0");

        Trajectory lower = new Trajectory(List.of(target("2023-01", "40.0", true)), england);
        assertThat(lower.at(YearMonth.of(2023, 6)).percent()).isEqualByComparingTo("50.3");

        EffectiveTarget none = trajectory.at(YearMonth.of(2027, 1));
        assertThat(none.percent()).isEqualByComparingTo("48.0");
        assertThat(none.nationalRate()).isNull();
        assertThat(none.description()).contains("no national figure for 2027 or 2026");
        assertThat(trajectory.england(2023)).isEqualByComparingTo("50.3");
        assertThat(trajectory.england(2022)).isNull();
    }

    @Test
    void aBoardRowPutsTheMonthBesideTheYearToDateAndTheRollingYear() {
        List<IssuedPlan> plans = new ArrayList<>();
        plans.add(plan("2024-01-15", true));
        plans.add(plan("2024-01-20", false));
        plans.add(plan("2024-02-10", true));
        plans.add(plan("2023-03-01", true)); // in the rolling year of January and February 2024
        MonthlyCounts counts = MonthlyCounts.of(plans, p -> true, IssuedPlan::onTime);
        Trajectory trajectory = new Trajectory(List.of(target("2024-01", "60.0", false)), List.of());

        BoardRow january = BoardRow.of(YearMonth.of(2024, 1), counts, trajectory);
        assertThat(january.inMonth()).isEqualTo(new PeriodFigures(1, 2, new BigDecimal("50.0"), Rag.RED, null));
        assertThat(january.yearToDate().direction()).isNull(); // a new year: nothing to compare with
        assertThat(january.rolling12Months()).isEqualTo(new PeriodFigures(2, 3, new BigDecimal("66.7"), Rag.GREEN,
                Direction.DOWN));

        BoardRow february = BoardRow.of(YearMonth.of(2024, 2), counts, trajectory);
        assertThat(february.inMonth()).isEqualTo(new PeriodFigures(1, 1, new BigDecimal("100.0"), Rag.GREEN,
                Direction.UP));
        assertThat(february.yearToDate()).isEqualTo(new PeriodFigures(2, 3, new BigDecimal("66.7"), Rag.GREEN,
                Direction.UP));
        BoardRow april = BoardRow.of(YearMonth.of(2024, 4), counts, trajectory);
        assertThat(april.inMonth().rate()).isNull();
        assertThat(april.inMonth().rag()).isNull();
        assertThat(april.financialYearToDate().total()).isZero();
        assertThat(april.financialYearToDate().direction()).isNull();
        assertThat(april.rolling12Months().total()).isEqualTo(3); // March 2023 has left it
    }

    private static IssuedPlan plan(String issued, boolean onTime) {
        LocalDate issue = LocalDate.parse(issued);
        return new IssuedPlan("EHC", issue.minusDays(100), issue.minusDays(onTime ? 0 : 1), issue, onTime, false, false);
    }

    private static Target target(String from, String percent, boolean orNational) {
        Target target = new Target(Measure.TWENTY_WEEKS, YearMonth.parse(from));
        target.set(new BigDecimal(percent), orNational, new BigDecimal("5.0"), null, "analyst", NOW);
        return target;
    }

    private static ComparatorRate england(int year, String percent) {
        ComparatorRate rate = new ComparatorRate(Measure.TWENTY_WEEKS, ComparatorRate.ENGLAND, year);
        rate.set(new BigDecimal(percent), "DfE", "seed", NOW);
        return rate;
    }
}
