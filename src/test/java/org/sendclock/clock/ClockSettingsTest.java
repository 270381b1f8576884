package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sendclock.deadline.DayCounting;
import org.sendclock.deadline.Deadline;

class ClockSettingsTest {

    private final ClockSettings settings = new ClockSettings(DayCounting.START_PLUS_PERIOD, LocalTime.of(7, 0),
            ZoneId.of("Europe/London"), 7, 14, 14, 7, true, null, null, null, null, null, null);

    @Test
    void aClockIsPassedAtLondonMidnightAfterItsDueDateOnEitherSideOfTheClockChanges() {
        // GMT: midnight London is midnight UTC.
        assertThat(settings.passedAt(LocalDate.of(2026, 3, 27))).isEqualTo(Instant.parse("2026-03-28T00:00:00Z"));
        // Due the day the clocks go forward (29 March 2026): passed at midnight BST, 23:00 UTC.
        assertThat(settings.passedAt(LocalDate.of(2026, 3, 29))).isEqualTo(Instant.parse("2026-03-29T23:00:00Z"));
        // Due the day before the clocks go back (25 October 2026): still BST at midnight.
        assertThat(settings.passedAt(LocalDate.of(2026, 10, 24))).isEqualTo(Instant.parse("2026-10-24T23:00:00Z"));
        assertThat(settings.passedAt(LocalDate.of(2026, 10, 25))).isEqualTo(Instant.parse("2026-10-26T00:00:00Z"));
    }

    @Test
    void warningsComeTheConfiguredDaysAheadAtTheConfiguredLocalTime() {
        LocalDate due = LocalDate.of(2026, 4, 2);
        assertThat(settings.warningAt(Deadline.DECISION, due)).isEqualTo(Instant.parse("2026-03-26T07:00:00Z"));
        assertThat(settings.warningAt(Deadline.FINAL_PLAN, due)).isEqualTo(Instant.parse("2026-03-19T07:00:00Z"));
        assertThat(settings.warningAt(Deadline.ADVICE, LocalDate.of(2026, 7, 8)))
                .isEqualTo(Instant.parse("2026-07-01T06:00:00Z"));
    }

    @Test
    void aTaskIsDueAtTheEndOfItsDueDay() {
        assertThat(settings.dateOf(settings.taskDueAt(LocalDate.of(2026, 7, 8)))).isEqualTo(LocalDate.of(2026, 7, 8));
        assertThat(settings.taskDueAt(LocalDate.of(2026, 7, 8))).isEqualTo(Instant.parse("2026-07-08T22:59:00Z"));
    }

    @Test
    void missingSettingsTakeTheDefaultsAndNegativeWarningPeriodsAreRefused() {
        ClockSettings defaults = new ClockSettings(null, null, null, 7, 14, 14, 7, null, null, null, null, null, null, null);
        assertThat(defaults.dayCounting()).isEqualTo(DayCounting.START_PLUS_PERIOD);
        assertThat(defaults.warningTime()).isEqualTo(LocalTime.of(7, 0));
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(defaults.exceptionNeedsManagerAgreement()).as("four-eyes on reg 10(4) exceptions").isTrue();
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ClockSettings(null, null, null, -1, 14, 14, 7, null, null, null, null, null, null, null))
                .withMessageContaining("must not be negative");
    }
}
