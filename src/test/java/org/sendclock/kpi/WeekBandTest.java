package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeekBandTest {

    @Test
    void eachBandEndsOnItsStatutoryDay() {
        assertThat(WeekBand.of(0)).isEqualTo(WeekBand.WEEKS_0_TO_6);
        assertThat(WeekBand.of(42)).isEqualTo(WeekBand.WEEKS_0_TO_6);
        assertThat(WeekBand.of(43)).isEqualTo(WeekBand.WEEKS_6_TO_12);
        assertThat(WeekBand.of(84)).isEqualTo(WeekBand.WEEKS_6_TO_12);
        assertThat(WeekBand.of(85)).isEqualTo(WeekBand.WEEKS_12_TO_16);
        assertThat(WeekBand.of(112)).isEqualTo(WeekBand.WEEKS_12_TO_16);
        assertThat(WeekBand.of(140)).isEqualTo(WeekBand.WEEKS_16_TO_20);
        assertThat(WeekBand.of(141)).isEqualTo(WeekBand.WEEKS_20_TO_30);
        assertThat(WeekBand.of(210)).isEqualTo(WeekBand.WEEKS_20_TO_30);
        assertThat(WeekBand.of(211)).isEqualTo(WeekBand.WEEKS_30_TO_52);
        assertThat(WeekBand.of(364)).isEqualTo(WeekBand.WEEKS_30_TO_52);
        assertThat(WeekBand.of(365)).isEqualTo(WeekBand.WEEKS_52_AND_OVER);
        assertThat(WeekBand.of(5000)).isEqualTo(WeekBand.WEEKS_52_AND_OVER);
    }

    @Test
    void labelsAsBoardsWriteThem() {
        assertThat(WeekBand.values()).extracting(WeekBand::label)
                .containsExactly("0-6", "6-12", "12-16", "16-20", "20-30", "30-52", "52+");
    }
}
