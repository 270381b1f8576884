package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RateTest {

    @Test
    void aPercentageWithOneDecimalHalvesRoundedUp() {
        assertThat(Rate.percent(12, 21)).isEqualByComparingTo("57.1");
        assertThat(Rate.percent(12, 20)).hasToString("60.0");
        assertThat(Rate.percent(1, 3)).isEqualByComparingTo("33.3");
        assertThat(Rate.percent(2, 3)).isEqualByComparingTo("66.7");
        assertThat(Rate.percent(1, 8)).isEqualByComparingTo("12.5");
        assertThat(Rate.percent(1, 16)).isEqualByComparingTo("6.3"); // 6.25 rounds up
        assertThat(Rate.percent(0, 5)).hasToString("0.0");
        assertThat(Rate.percent(5, 5)).hasToString("100.0");
    }

    @Test
    void noRateWithoutADenominator() {
        assertThat(Rate.percent(0, 0)).isNull();
        assertThat(new OnTimeCount(0, 0).rate()).isNull();
    }

    @Test
    void countsAddUp() {
        OnTimeCount count = OnTimeCount.NONE.plus(true).plus(false).plus(new OnTimeCount(2, 3));
        assertThat(count).isEqualTo(new OnTimeCount(3, 5));
        assertThat(count.rate()).isEqualByComparingTo("60.0");
    }
}
