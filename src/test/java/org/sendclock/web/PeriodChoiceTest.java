package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.sendclock.kpi.MonthRange;

class PeriodChoiceTest {

    private static final YearMonth JUNE_2024 = YearMonth.of(2024, 6);

    @Test
    void nothingChosenIsTheCalendarYearToDate() {
        PeriodChoice choice = PeriodChoice.read(null, " ", JUNE_2024);
        assertThat(choice.hasErrors()).isFalse();
        assertThat(choice.range()).isEqualTo(new MonthRange(YearMonth.of(2024, 1), JUNE_2024));
        assertThat(choice.from()).isEqualTo("2024-01");
        assertThat(choice.to()).isEqualTo("2024-06");

        assertThat(PeriodChoice.read(null, null, YearMonth.of(2025, 1)).range())
                .isEqualTo(MonthRange.of(YearMonth.of(2025, 1)));
    }

    @Test
    void monthsAreReadAsTyped() {
        PeriodChoice choice = PeriodChoice.read(" 2016-1", "2016-03 ", JUNE_2024);
        assertThat(choice.range()).isEqualTo(new MonthRange(YearMonth.of(2016, 1), YearMonth.of(2016, 3)));
        assertThat(choice.from()).isEqualTo("2016-1");
    }

    @Test
    void everyFaultIsNamedByField() {
        PeriodChoice choice = PeriodChoice.read("2016-13", "", JUNE_2024);
        assertThat(choice.range()).isNull();
        assertThat(choice.errors()).containsExactly(
                org.assertj.core.api.Assertions.entry("from", "Enter the first month as a year and month, for example 2024-01"),
                org.assertj.core.api.Assertions.entry("to", "Enter the last month"));
        assertThat(choice.from()).isEqualTo("2016-13");

        assertThat(PeriodChoice.read("June", "2016-00", JUNE_2024).errors()).containsOnlyKeys("from", "to");
        assertThat(PeriodChoice.read("", "2016-01", JUNE_2024).errors()).containsEntry("from", "Enter the first month");
    }

    @Test
    void theLastMonthIsNotBeforeTheFirstNorInTheFuture() {
        assertThat(PeriodChoice.read("2016-03", "2016-02", JUNE_2024).errors())
                .containsExactly(org.assertj.core.api.Assertions.entry("to",
                        "The last month must be the same as or after the first month"));
        assertThat(PeriodChoice.read("2024-01", "2024-07", JUNE_2024).errors())
                .containsEntry("to", "The last month must be this month (2024-06) or before");
        assertThat(PeriodChoice.read("2024-07", "2024-08", JUNE_2024).errors()).containsOnlyKeys("from", "to");
        assertThat(PeriodChoice.read("2024-06", "2024-06", JUNE_2024).hasErrors()).isFalse();
    }

    @Test
    void atMostTwentyYears() {
        assertThat(PeriodChoice.read("2004-07", "2024-06", JUNE_2024).hasErrors()).isFalse();
        assertThat(PeriodChoice.read("2004-06", "2024-06", JUNE_2024).errors())
                .containsEntry("to", "The last month must be within 20 years of the first month");
    }
}
