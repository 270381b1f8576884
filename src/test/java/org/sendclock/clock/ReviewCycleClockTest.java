package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.deadline.DayCounting;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;

/** A plan's review cycles and phase transfers, as the clock register holds them (reg 18, 20, 22). */
class ReviewCycleClockTest {

    private static final ClockSettings SETTINGS = new ClockSettings(null, null, null, 7, 14, 14, 7, null, 56, 6,
            null, null, null, null);
    private static final StatutoryCalendar CALENDAR = new StatutoryCalendar(DayCounting.START_PLUS_PERIOD);
    /** Born in March 2014: Reception from September 2018, Year 6 in 2024-25, Year 11 in 2029-30. */
    private static final LocalDate BORN = LocalDate.of(2014, 3, 10);
    private static final LocalDate START = LocalDate.of(2023, 5, 2);

    private static ReviewFacts open(long id, int cycle) {
        return new ReviewFacts(id, cycle, null, false, null, null, null, null, null, null, null, false);
    }

    private static List<ClockSpec> clocks(ReviewFacts... reviews) {
        return ClockRules.ofPlan(new PlanFacts(START, BORN, null, null, List.of(reviews)), CALENDAR, SETTINGS);
    }

    private static Map<Deadline, ClockSpec> ofReview(List<ClockSpec> specs, long reviewId) {
        return specs.stream().filter(k -> Long.valueOf(reviewId).equals(k.reviewId()))
                .collect(Collectors.toMap(ClockSpec::clock, k -> k));
    }

    @Test
    void theOpenCycleIsDueTwelveMonthsFromThePlansStartAndHasNoStepsUntilAMeetingIsArranged() {
        Map<Deadline, ClockSpec> cycle = ofReview(clocks(open(11, 1)), 11);
        assertThat(cycle).containsOnlyKeys(Deadline.ANNUAL_REVIEW);
        assertThat(cycle.get(Deadline.ANNUAL_REVIEW).due()).isEqualTo(LocalDate.of(2024, 5, 2));
    }

    @Test
    void aMeetingGivesTheNoticesTwoWeeksBeforeAndOnceHeldTheReportAndTheDecisionAfter() {
        LocalDate meeting = LocalDate.of(2024, 4, 18);
        ReviewFacts arranged = new ReviewFacts(11, 1, meeting, false, LocalDate.of(2024, 4, 1), null, null, null, null,
                null, null, false);
        Map<Deadline, ClockSpec> cycle = ofReview(clocks(arranged), 11);
        assertThat(cycle).containsOnlyKeys(Deadline.ANNUAL_REVIEW, Deadline.REVIEW_INVITATIONS, Deadline.REVIEW_ADVICE);
        assertThat(cycle.get(Deadline.REVIEW_INVITATIONS).due()).isEqualTo(LocalDate.of(2024, 4, 4));
        assertThat(cycle.get(Deadline.REVIEW_INVITATIONS).done()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(cycle.get(Deadline.REVIEW_ADVICE).done()).isNull();

        ReviewFacts held = new ReviewFacts(11, 1, meeting, true, LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 3),
                null, null, null, null, null, false);
        cycle = ofReview(clocks(held), 11);
        assertThat(cycle.get(Deadline.REVIEW_REPORT).due()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(cycle.get(Deadline.REVIEW_DECISION).due()).isEqualTo(LocalDate.of(2024, 5, 16));
    }

    @Test
    void anAmendDecisionMeetsTheCycleOpensTheNextFromItsDateAndStartsTheEightWeekClock() {
        LocalDate meeting = LocalDate.of(2024, 4, 18);
        LocalDate decided = LocalDate.of(2024, 5, 10);
        ReviewFacts first = new ReviewFacts(11, 1, meeting, true, null, null, LocalDate.of(2024, 4, 30),
                ReviewDecision.AMEND, decided, null, LocalDate.of(2024, 7, 12), false);
        List<ClockSpec> specs = clocks(first, open(12, 2));
        Map<Deadline, ClockSpec> cycle = ofReview(specs, 11);
        assertThat(cycle.get(Deadline.ANNUAL_REVIEW).done()).isEqualTo(decided);
        assertThat(cycle.get(Deadline.REVIEW_DECISION).done()).isEqualTo(decided);
        assertThat(cycle.get(Deadline.REVIEW_INVITATIONS).ended()).as("history without the step").isEqualTo(decided);
        assertThat(cycle.get(Deadline.AMENDMENT_REPRESENTATIONS).due()).isEqualTo(LocalDate.of(2024, 5, 24));
        assertThat(cycle.get(Deadline.AMENDED_PLAN).start()).as("proposed with the decision").isEqualTo(decided);
        assertThat(cycle.get(Deadline.AMENDED_PLAN).due()).isEqualTo(LocalDate.of(2024, 7, 5));
        StatutoryClock amended = new StatutoryClock(1L, cycle.get(Deadline.AMENDED_PLAN), Instant.EPOCH);
        assertThat(amended.standingOn(LocalDate.of(2024, 8, 1))).isEqualTo(Standing.LATE);

        ClockSpec next = ofReview(specs, 12).get(Deadline.ANNUAL_REVIEW);
        assertThat(next.start()).isEqualTo(decided);
        assertThat(next.due()).isEqualTo(LocalDate.of(2025, 5, 10));
    }

    @Test
    void theTransferToSecondaryIsDueOnFifteenFebruaryOfYearSixAndWinsOverTheEightWeeks() {
        LocalDate meeting = LocalDate.of(2024, 12, 9);
        LocalDate decided = LocalDate.of(2025, 1, 2);
        ReviewFacts transfer = new ReviewFacts(11, 1, meeting, true, null, null, null, ReviewDecision.AMEND, decided,
                null, LocalDate.of(2025, 2, 14), true);
        List<ClockSpec> specs = clocks(transfer, open(12, 2));
        assertThat(ofReview(specs, 11).get(Deadline.AMENDED_PLAN).due()).isEqualTo(LocalDate.of(2025, 2, 15));
        ClockSpec secondary = specs.stream().filter(k -> k.clock() == Deadline.TRANSFER_TO_SECONDARY).findFirst()
                .orElseThrow();
        assertThat(secondary.due()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(secondary.done()).isEqualTo(LocalDate.of(2025, 2, 14));
        ClockSpec post16 = specs.stream().filter(k -> k.clock() == Deadline.TRANSFER_TO_POST16).findFirst().orElseThrow();
        assertThat(post16.due()).isEqualTo(LocalDate.of(2030, 3, 31));
        assertThat(specs).as("into school was before the plan started").noneMatch(k -> k.clock() == Deadline.TRANSFER_TO_SCHOOL);
        assertThat(specs).as("no infant and junior schools by default").noneMatch(k -> k.clock() == Deadline.TRANSFER_TO_JUNIOR);
    }

    @Test
    void aTransferWithoutItsAmendedPlanIsOverdueUntilTheChildHasMovedOn() {
        StatutoryClock secondary = new StatutoryClock(1L, clocks(open(11, 1)).stream()
                .filter(k -> k.clock() == Deadline.TRANSFER_TO_SECONDARY).findFirst().orElseThrow(), Instant.EPOCH);
        assertThat(secondary.standingOn(LocalDate.of(2025, 1, 1))).isEqualTo(Standing.AT_RISK);
        assertThat(secondary.standingOn(LocalDate.of(2025, 3, 1))).isEqualTo(Standing.OVERDUE);
        assertThat(secondary.standingOn(LocalDate.of(2025, 9, 1))).isEqualTo(Standing.NOT_NEEDED);
    }

    @Test
    void ceasingThePlanEndsEveryClockNotMet() {
        List<ClockSpec> specs = ClockRules.ofPlan(new PlanFacts(START, BORN, LocalDate.of(2024, 1, 31), "needs met",
                List.of(open(11, 1))), CALENDAR, SETTINGS);
        assertThat(specs).allSatisfy(k -> assertThat(k.ended()).isEqualTo(LocalDate.of(2024, 1, 31)));
    }
}
