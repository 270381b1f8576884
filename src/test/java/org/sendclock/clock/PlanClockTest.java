package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.deadline.DayCounting;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;

/** The plan's review clock: 12 months from the plan's start (same date a year on), sooner for under-fives. */
class PlanClockTest {

    private static final ClockSettings SETTINGS = new ClockSettings(null, null, null, 7, 14, 14, 7, null, 56, 6, null, null, null, null);
    private static final LocalDate BORN_2015 = LocalDate.of(2015, 3, 10);

    private static ClockSpec review(PlanFacts facts, DayCounting counting) {
        List<ClockSpec> specs = ClockRules.ofPlan(facts, new StatutoryCalendar(counting), SETTINGS).stream()
                .filter(k -> k.clock() == Deadline.ANNUAL_REVIEW).toList();
        assertThat(specs).hasSize(1);
        assertThat(specs.get(0).clock()).isEqualTo(Deadline.ANNUAL_REVIEW);
        return specs.get(0);
    }

    @Test
    void dueTheSameDateAYearOnWhicheverWayDaysAreCounted() {
        for (DayCounting counting : DayCounting.values()) {
            ClockSpec spec = review(new PlanFacts(LocalDate.of(2025, 3, 14), BORN_2015, null, null), counting);
            assertThat(spec.start()).isEqualTo(LocalDate.of(2025, 3, 14));
            assertThat(spec.due()).isEqualTo(LocalDate.of(2026, 3, 14));
            assertThat(spec.atRiskFrom()).isEqualTo(LocalDate.of(2026, 3, 14).minusDays(56));
        }
    }

    @Test
    void aPlanStartedOnTheTwentyNinthOfFebruaryIsDueOnTheTwentyEighth() {
        assertThat(review(new PlanFacts(LocalDate.of(2024, 2, 29), BORN_2015, null, null),
                DayCounting.START_PLUS_PERIOD).due()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aChildUnderFiveWhenThePlanStartsIsReviewedAfterTheCouncilsSetMonths() {
        LocalDate born = LocalDate.of(2022, 6, 1);
        assertThat(review(new PlanFacts(LocalDate.of(2027, 5, 31), born, null, null), DayCounting.START_PLUS_PERIOD)
                .due()).as("the day before the fifth birthday").isEqualTo(LocalDate.of(2027, 11, 30));
        assertThat(review(new PlanFacts(LocalDate.of(2027, 6, 1), born, null, null), DayCounting.START_PLUS_PERIOD)
                .due()).as("on the fifth birthday: 12 months").isEqualTo(LocalDate.of(2028, 6, 1));
        assertThat(review(new PlanFacts(LocalDate.of(2027, 6, 1), null, null, null), DayCounting.START_PLUS_PERIOD)
                .due()).as("no date of birth: 12 months").isEqualTo(LocalDate.of(2028, 6, 1));
    }

    @Test
    void standsLikeEveryOtherClockAndIsNotNeededOnceThePlanCeased() {
        LocalDate start = LocalDate.of(2025, 1, 10);
        StatutoryClock running = new StatutoryClock(1L, review(new PlanFacts(start, BORN_2015, null, null),
                DayCounting.START_PLUS_PERIOD), Instant.EPOCH);
        assertThat(running.standingOn(LocalDate.of(2025, 6, 1))).isEqualTo(Standing.RUNNING);
        assertThat(running.standingOn(LocalDate.of(2026, 1, 1))).isEqualTo(Standing.AT_RISK);
        assertThat(running.standingOn(LocalDate.of(2026, 1, 10))).isEqualTo(Standing.AT_RISK);
        assertThat(running.standingOn(LocalDate.of(2026, 1, 11))).isEqualTo(Standing.OVERDUE);

        ClockSpec ceased = review(new PlanFacts(start, BORN_2015, LocalDate.of(2025, 9, 1), "needs met without a plan"),
                DayCounting.START_PLUS_PERIOD);
        assertThat(ceased.endedReason()).isEqualTo("plan ceased: needs met without a plan");
        StatutoryClock row = new StatutoryClock(1L, ceased, Instant.EPOCH);
        assertThat(row.standingOn(LocalDate.of(2025, 8, 31))).isEqualTo(Standing.RUNNING);
        assertThat(row.standingOn(LocalDate.of(2026, 3, 1))).isEqualTo(Standing.NOT_NEEDED);
    }

    @Test
    void aPost16MoveIsDueFiveMonthsBeforeItSeenAYearAheadAndMetByTheAmendedPlan() {
        StatutoryCalendar calendar = new StatutoryCalendar(DayCounting.START_PLUS_PERIOD);
        LocalDate born = LocalDate.of(2008, 10, 2);
        LocalDate move = LocalDate.of(2026, 9, 1);
        ReviewFacts amended = new ReviewFacts(21, 1, LocalDate.of(2026, 1, 20), true, null, null, null,
                org.sendclock.casefile.ReviewDecision.AMEND, LocalDate.of(2026, 2, 3), null, LocalDate.of(2026, 3, 20),
                false);
        ClockSpec due = post16Move(new PlanFacts(LocalDate.of(2023, 6, 1), born, null, null, List.of(), null, move),
                calendar);
        assertThat(due.start()).as("a year ahead").isEqualTo(LocalDate.of(2025, 9, 1));
        assertThat(due.due()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(due.ended()).as("no longer possible once the move is made").isEqualTo(move);
        assertThat(due.done()).isNull();
        ClockSpec met = post16Move(new PlanFacts(LocalDate.of(2023, 6, 1), born, null, null, List.of(amended), null,
                move), calendar);
        assertThat(met.done()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(new StatutoryClock(1L, met, Instant.EPOCH).standingOn(LocalDate.of(2026, 5, 1)))
                .isEqualTo(Standing.MET);
        assertThat(post16Move(new PlanFacts(LocalDate.of(2023, 6, 1), born, null, null, List.of(), null,
                LocalDate.of(2027, 7, 31)), calendar).due()).as("31 July: the shorter February's last day")
                .isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(ClockRules.ofPlan(new PlanFacts(LocalDate.of(2023, 6, 1), born, null, null), calendar, SETTINGS))
                .noneMatch(k -> k.clock() == Deadline.TRANSFER_POST16_MOVE);
        assertThat(Deadline.TRANSFER_POST16_MOVE.isPhaseTransfer()).isTrue();
        assertThat(TransferKind.of(Deadline.TRANSFER_POST16_MOVE)).isEqualTo(TransferKind.POST16_MOVE);
    }

    private static ClockSpec post16Move(PlanFacts facts, StatutoryCalendar calendar) {
        return ClockRules.ofPlan(facts, calendar, SETTINGS).stream()
                .filter(k -> k.clock() == Deadline.TRANSFER_POST16_MOVE).findFirst().orElseThrow();
    }

    @Test
    void noPlanNoClock() {
        assertThat(ClockRules.ofPlan(null, new StatutoryCalendar(DayCounting.START_PLUS_PERIOD), SETTINGS)).isEmpty();
    }
}
