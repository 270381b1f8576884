package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WeeksOverdueTest {

    @Test
    void eachBandHoldsWholeWeeksPastTheDueDate() {
        assertThat(WeeksOverdue.of(1)).as("the first day overdue").isEqualTo(WeeksOverdue.WEEKS_0_TO_4);
        assertThat(WeeksOverdue.of(34)).as("4 weeks and 6 days").isEqualTo(WeeksOverdue.WEEKS_0_TO_4);
        assertThat(WeeksOverdue.of(35)).isEqualTo(WeeksOverdue.WEEKS_5_TO_8);
        assertThat(WeeksOverdue.of(62)).isEqualTo(WeeksOverdue.WEEKS_5_TO_8);
        assertThat(WeeksOverdue.of(63)).isEqualTo(WeeksOverdue.WEEKS_9_TO_12);
        assertThat(WeeksOverdue.of(90)).isEqualTo(WeeksOverdue.WEEKS_9_TO_12);
        assertThat(WeeksOverdue.of(91)).isEqualTo(WeeksOverdue.WEEKS_13_TO_26);
        assertThat(WeeksOverdue.of(188)).isEqualTo(WeeksOverdue.WEEKS_13_TO_26);
        assertThat(WeeksOverdue.of(189)).isEqualTo(WeeksOverdue.WEEKS_27_AND_OVER);
        assertThat(WeeksOverdue.of(5000)).isEqualTo(WeeksOverdue.WEEKS_27_AND_OVER);
    }
}
