package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sendclock.deadline.Deadline;

class StatutoryClockTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private static final LocalDate DUE = START.plusDays(42);

    @Test
    void aClockRunsThenIsAtRiskThenOverdueUntilItsFactIsRecorded() {
        StatutoryClock clock = clock(null, null);
        assertThat(clock.standingOn(DUE.minusDays(8))).isEqualTo(Standing.RUNNING);
        assertThat(clock.standingOn(DUE.minusDays(7))).isEqualTo(Standing.AT_RISK);
        assertThat(clock.standingOn(DUE)).isEqualTo(Standing.AT_RISK);
        assertThat(clock.daysLeftOn(DUE)).isZero();
        assertThat(clock.standingOn(DUE.plusDays(1))).isEqualTo(Standing.OVERDUE);
        assertThat(clock.daysLateOn(DUE.plusDays(9))).isEqualTo(9);
    }

    @Test
    void aFactTypedInLateDecidesByItsOwnDate() {
        StatutoryClock metOnTime = clock(DUE.minusDays(2), null);
        // Before the fact's date the clock was running; from it on, it is met, whenever it was typed in.
        assertThat(metOnTime.standingOn(DUE.minusDays(3))).isEqualTo(Standing.AT_RISK);
        assertThat(metOnTime.standingOn(DUE.plusDays(8))).isEqualTo(Standing.MET);
        assertThat(metOnTime.daysLateOn(DUE.plusDays(8))).isNull();

        StatutoryClock late = clock(DUE.plusDays(4), null);
        assertThat(late.standingOn(DUE.plusDays(2))).isEqualTo(Standing.OVERDUE);
        assertThat(late.standingOn(DUE.plusDays(4))).isEqualTo(Standing.LATE);
        assertThat(late.daysLateOn(DUE.plusDays(30))).isEqualTo(4);
    }

    @Test
    void anEndedClockIsNotNeededUnlessItsFactCameAfterAll() {
        StatutoryClock ended = clock(null, DUE.minusDays(10));
        assertThat(ended.standingOn(DUE.plusDays(10))).isEqualTo(Standing.NOT_NEEDED);
        assertThat(ended.standingOn(DUE.minusDays(11))).isEqualTo(Standing.RUNNING);

        StatutoryClock excusedThenReceived = clock(DUE.plusDays(5), DUE.minusDays(10));
        assertThat(excusedThenReceived.standingOn(DUE)).isEqualTo(Standing.NOT_NEEDED);
        assertThat(excusedThenReceived.standingOn(DUE.plusDays(5))).isEqualTo(Standing.LATE);
    }

    private static StatutoryClock clock(LocalDate done, LocalDate ended) {
        return new StatutoryClock(1L, new ClockSpec(Deadline.ADVICE, 7L, null, START, DUE, DUE.minusDays(7), done,
                done == null ? null : "ADVICE_RECEIVED", ended, ended == null ? null : "excused", false),
                Instant.parse("2026-01-05T09:00:00Z"));
    }
}
