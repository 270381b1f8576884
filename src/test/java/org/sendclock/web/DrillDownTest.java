package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sendclock.kpi.Measure;
import org.sendclock.kpi.MonthRange;

class DrillDownTest {

    private static final MonthRange JANUARY = MonthRange.of(YearMonth.of(2016, 1));

    @Test
    void aTableFigureOpensOnThePageAndAsTheApisCsv() {
        DrillDown drill = DrillDown.of("advice", "onTime", JANUARY, "HEALTH");
        assertThat(drill.page())
                .isEqualTo("/performance/cases?table=advice&measure=onTime&from=2016-01&to=2016-01&adviceType=HEALTH");
        assertThat(drill.csv())
                .isEqualTo("/api/kpis/advice/cases?from=2016-01&to=2016-01&adviceType=HEALTH&measure=onTime&format=csv");
    }

    @Test
    void theBacklogsPlusIsEncoded() {
        DrillDown drill = DrillDown.backlog(LocalDate.of(2016, 3, 31), "52+");
        assertThat(drill.page()).isEqualTo("/performance/cases?table=backlog&measure=52%2B&on=2016-03-31");
        assertThat(drill.csv()).isEqualTo("/api/kpis/backlog/cases?on=2016-03-31&measure=52%2B&format=csv");
        assertThat(DrillDown.forecast(true, "alreadyLate").csv())
                .isEqualTo("/api/kpis/forecast/cases?exceptions=excluded&measure=alreadyLate&format=csv");
    }

    @Test
    void everyBoardMeasureOpensItsOnTimeCountAndItsTotal() {
        Arrays.stream(Measure.values()).forEach(m -> assertThat(DrillDown.onTimeAndTotal(m, JANUARY)).hasSize(2));
        DrillDown[] headline = DrillDown.onTimeAndTotal(Measure.TWENTY_WEEKS_EXCLUDING_EXCEPTIONS, JANUARY);
        assertThat(headline[0].measure()).isEqualTo("onTimeExcludingExceptions");
        assertThat(headline[1].measure()).isEqualTo("issuedExcludingExceptions");
        DrillDown[] social = DrillDown.onTimeAndTotal(Measure.SOCIAL_CARE_ADVICE_WITHIN_SIX_WEEKS, JANUARY);
        assertThat(social[1].page()).endsWith("measure=returned&from=2016-01&to=2016-01&adviceType=SOCIAL_CARE");
        assertThat(DrillDown.onTimeAndTotal(Measure.DECISIONS_WITHIN_SIX_WEEKS, JANUARY)[1].measure())
                .isEqualTo("decided");
    }

    @Test
    void theBoardsPeriodsEndWithTheMonth() {
        YearMonth march = YearMonth.of(2016, 3);
        assertThat(DrillDown.yearToDate(march)).isEqualTo(new MonthRange(YearMonth.of(2016, 1), march));
        assertThat(DrillDown.financialYearToDate(march)).isEqualTo(new MonthRange(YearMonth.of(2015, 4), march));
        assertThat(DrillDown.financialYearToDate(YearMonth.of(2016, 4)))
                .isEqualTo(MonthRange.of(YearMonth.of(2016, 4)));
        assertThat(DrillDown.rollingTwelveMonths(march)).isEqualTo(new MonthRange(YearMonth.of(2015, 4), march));
    }
}
