package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.InvalidRequest;

class KpiParametersTest {

    @Test
    void bothEndsOfARangeAreIncluded() {
        KpiParameters parameters = new KpiParameters();
        MonthRange range = parameters.range("2023-11", "2024-02");
        parameters.done();
        assertThat(range.months()).containsExactly(YearMonth.of(2023, 11), YearMonth.of(2023, 12),
                YearMonth.of(2024, 1), YearMonth.of(2024, 2));
        assertThat(range.firstDay()).hasToString("2023-11-01");
        assertThat(range.lastDay()).hasToString("2024-02-29");
    }

    @Test
    void oneMonthIsARange() {
        KpiParameters parameters = new KpiParameters();
        assertThat(parameters.range("2024-06", "2024-06").months()).containsExactly(YearMonth.of(2024, 6));
    }

    @Test
    void everyFaultIsNamedAtOnce() {
        KpiParameters parameters = new KpiParameters();
        parameters.range(null, "2024-00");
        parameters.format("pdf");
        assertThatThrownBy(parameters::done).isInstanceOfSatisfying(InvalidRequest.class, e ->
                assertThat(e.errors()).containsOnlyKeys("from", "to", "format"));
    }

    @Test
    void aRangeMayNotRunBackwardsOrForever() {
        KpiParameters backwards = new KpiParameters();
        backwards.range("2024-06", "2024-05");
        assertThatThrownBy(backwards::done).isInstanceOfSatisfying(InvalidRequest.class, e ->
                assertThat(e.errors()).containsEntry("to", "must not be before from (2024-06)"));
        KpiParameters forever = new KpiParameters();
        assertThat(forever.range("2000-01", "2019-12")).isNotNull(); // 240 months
        forever.range("2000-01", "2020-01");
        assertThatThrownBy(forever::done).isInstanceOfSatisfying(InvalidRequest.class, e ->
                assertThat(e.errors()).containsEntry("to", "must be at most 240 months after from (2000-01)"));
    }

    @Test
    void aDrillDownTakesAMonthOrTheTablesRange() {
        KpiParameters parameters = new KpiParameters();
        assertThat(parameters.monthOrRange("2024-06", null, null)).isEqualTo(MonthRange.of(YearMonth.of(2024, 6)));
        assertThat(parameters.monthOrRange(null, "2024-01", "2024-12"))
                .isEqualTo(MonthRange.calendarYear(2024));
        parameters.done();
    }

    @Test
    void yearsAndDates() {
        KpiParameters parameters = new KpiParameters();
        assertThat(parameters.year("year", "2024")).isEqualTo(2024);
        assertThat(parameters.date("on", "2024-02-29")).hasToString("2024-02-29");
        parameters.year("from", "24");
        parameters.date("on2", "2023-02-29");
        assertThatThrownBy(parameters::done).isInstanceOfSatisfying(InvalidRequest.class, e ->
                assertThat(e.errors())
                        .containsEntry("from", "must be a year written YYYY, not \"24\"")
                        .containsEntry("on2", "must be a real date written YYYY-MM-DD, not \"2023-02-29\""));
    }
}
