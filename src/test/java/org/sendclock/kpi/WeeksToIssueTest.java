package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WeeksToIssueTest {

    @Test
    void averageAndMedianInWeeksFromDays() {
        assertThat(WeeksToIssue.average(List.of(140L, 141L, 132L))).isEqualByComparingTo("19.7");
        assertThat(WeeksToIssue.median(List.of(140L, 141L, 132L))).isEqualByComparingTo("20.0");
    }

    @Test
    void theMedianOfAnEvenNumberIsHalfwayBetweenTheMiddleTwo() {
        assertThat(WeeksToIssue.median(List.of(406L, 140L, 141L, 132L))).isEqualByComparingTo("20.1"); // 140.5 days
        assertThat(WeeksToIssue.median(List.of(140L, 154L))).isEqualByComparingTo("21.0");
    }

    @Test
    void noFiguresWithoutPlans() {
        assertThat(WeeksToIssue.average(List.of())).isNull();
        assertThat(WeeksToIssue.median(List.of())).isNull();
    }

    @Test
    void thirtyAndFiftyTwoWeeksAreCountedInDays() {
        assertThat(WeeksToIssue.THIRTY_WEEKS_IN_DAYS).isEqualTo(210);
        assertThat(WeeksToIssue.FIFTY_TWO_WEEKS_IN_DAYS).isEqualTo(364);
    }
}
