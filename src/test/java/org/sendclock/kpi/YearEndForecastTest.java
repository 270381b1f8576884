package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearEndForecastTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 9, 2);

    @Test
    void bestAndWorstFromThePlansIssuedAndTheCasesStillOpen() {
        YearEndForecast forecast = YearEndForecast.of(TODAY, Measure.TWENTY_WEEKS,
                List.of(plan(true), plan(true), plan(false)),
                List.of(open("2024-06-03"), open("2024-09-02"), open("2024-12-31"), open("2023-11-01"),
                        open("2025-01-07")),
                target("60.0"));

        assertThat(forecast.year()).isEqualTo(2024);
        assertThat(forecast.issued()).isEqualTo(3);
        assertThat(forecast.onTime()).isEqualTo(2);
        assertThat(forecast.openDueThisYear()).isEqualTo(3);       // not 2023's, not 2025's
        assertThat(forecast.stillPossibleOnTime()).isEqualTo(2);   // due today counts
        assertThat(forecast.alreadyLate()).isEqualTo(1);
        assertThat(forecast.openDueInEarlierYears()).isEqualTo(1);
        assertThat(forecast.yearEndPlans()).isEqualTo(6);
        assertThat(forecast.bestRate()).isEqualByComparingTo("66.7");  // 4 of 6
        assertThat(forecast.worstRate()).isEqualByComparingTo("33.3"); // 2 of 6
        assertThat(forecast.onTimeNeeded()).isEqualTo(2);              // 4 of 6 is 66.7, 3 of 6 only 50.0
        assertThat(forecast.targetReachable()).isTrue();
    }

    @Test
    void aTargetOutOfReachNeedsNoNumberAndSaysSo() {
        YearEndForecast forecast = YearEndForecast.of(TODAY, Measure.TWENTY_WEEKS, List.of(plan(false)),
                List.of(open("2024-10-01")), target("75.0"));
        assertThat(forecast.bestRate()).isEqualByComparingTo("50.0");
        assertThat(forecast.onTimeNeeded()).isNull();
        assertThat(forecast.targetReachable()).isFalse();
    }

    @Test
    void theTargetIsComparedAsTheBoardSeesItRoundedToOneDecimal() {
        // 1 of 3 is 33.3%: it meets a 33.3% target although it is a little under a third.
        YearEndForecast forecast = YearEndForecast.of(TODAY, Measure.TWENTY_WEEKS, List.of(plan(false), plan(false)),
                List.of(open("2024-10-01")), target("33.3"));
        assertThat(forecast.onTimeNeeded()).isEqualTo(1);
    }

    @Test
    void nothingToForecastWithoutPlansOrTarget() {
        YearEndForecast forecast = YearEndForecast.of(TODAY, Measure.TWENTY_WEEKS, List.of(), List.of(), null);
        assertThat(forecast.bestRate()).isNull();
        assertThat(forecast.worstRate()).isNull();
        assertThat(forecast.onTimeNeeded()).isNull();
        assertThat(forecast.targetReachable()).isNull();
    }

    private static IssuedPlan plan(boolean onTime) {
        return new IssuedPlan("P", TODAY.minusDays(200), TODAY.minusDays(60), TODAY.minusDays(onTime ? 61 : 59), onTime,
                false, false);
    }

    private static OpenCase open(String due) {
        LocalDate d = LocalDate.parse(due);
        // as the clock register answers: a week 20 due before today is overdue today
        return new OpenCase("O", d.minusDays(140), d, false, d.isBefore(TODAY));
    }

    private static EffectiveTarget target(String percent) {
        BigDecimal p = new BigDecimal(percent);
        return new EffectiveTarget(p, YearMonth.of(2024, 1), p, false, null, null, new BigDecimal("5.0"), percent + "%");
    }
}
