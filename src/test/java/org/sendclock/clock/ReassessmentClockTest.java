package org.sendclock.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.RequestSource;
import org.sendclock.deadline.DayCounting;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;

/** A re-assessment's clocks as the register holds them (regs 27-28, ADR 27). */
class ReassessmentClockTest {

    private static final ClockSettings SETTINGS = new ClockSettings(null, null, null, 7, 14, 14, 7, null, 56, 6,
            5, null, null, null);
    private static final StatutoryCalendar CALENDAR = new StatutoryCalendar(DayCounting.START_PLUS_PERIOD);
    private static final LocalDate REQUESTED = LocalDate.of(2024, 2, 14);

    private static Map<Deadline, ClockSpec> clocks(ReassessmentFacts facts) {
        return ClockRules.ofReassessment(facts, CALENDAR, SETTINGS).stream().filter(k -> k.adviceRequestId() == null)
                .collect(Collectors.toMap(ClockSpec::clock, Function.identity()));
    }

    private static ReassessmentFacts requested() {
        return new ReassessmentFacts(31, REQUESTED, null, null, null, null, List.of());
    }

    @Test
    void aRequestGivesTheDecisionIn15DaysAndThePlanIn14WeeksBothKeyedByTheReassessment() {
        Map<Deadline, ClockSpec> clocks = clocks(requested());
        assertThat(clocks).containsOnlyKeys(Deadline.REASSESSMENT_DECISION, Deadline.REASSESSMENT_PLAN);
        ClockSpec decision = clocks.get(Deadline.REASSESSMENT_DECISION);
        // 14 February 2024 + 15 days: 29 February, a leap day.
        assertThat(decision.due()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(decision.atRiskFrom()).isEqualTo(LocalDate.of(2024, 2, 24));
        assertThat(decision.start()).isEqualTo(REQUESTED);
        assertThat(clocks.get(Deadline.REASSESSMENT_PLAN).due()).isEqualTo(LocalDate.of(2024, 5, 22));
        assertThat(clocks.get(Deadline.REASSESSMENT_PLAN).atRiskFrom()).isEqualTo(LocalDate.of(2024, 5, 8));
        assertThat(clocks.values()).allSatisfy(k -> {
            assertThat(k.reassessmentId()).isEqualTo(31L);
            assertThat(k.reviewId()).isNull();
        });
    }

    @Test
    void theNoticeOfTheDecisionMeetsItsClockAndTheOutcomeMeetsThePlans() {
        ReassessmentFacts done = new ReassessmentFacts(31, REQUESTED, true, LocalDate.of(2024, 3, 1),
                LocalDate.of(2024, 5, 20), null, List.of());
        Map<Deadline, ClockSpec> clocks = clocks(done);
        StatutoryClock decision = new StatutoryClock(1L, clocks.get(Deadline.REASSESSMENT_DECISION), Instant.EPOCH);
        StatutoryClock plan = new StatutoryClock(1L, clocks.get(Deadline.REASSESSMENT_PLAN), Instant.EPOCH);
        LocalDate later = LocalDate.of(2024, 6, 1);
        assertThat(decision.standingOn(later)).isEqualTo(Standing.LATE);
        assertThat(decision.daysLateOn(later)).isEqualTo(1);
        assertThat(decision.getDoneBy()).isEqualTo("DECISION_NOTIFIED");
        assertThat(plan.standingOn(later)).isEqualTo(Standing.MET);
        assertThat(plan.getReassessmentId()).isEqualTo(31L);
        assertThat(plan.isAssessment()).isFalse();
    }

    @Test
    void decidingNotToReassessEndsThePlansClockThatDay() {
        ReassessmentFacts refused = new ReassessmentFacts(31, REQUESTED, false, LocalDate.of(2024, 2, 26), null,
                null, List.of());
        ClockSpec plan = clocks(refused).get(Deadline.REASSESSMENT_PLAN);
        assertThat(plan.ended()).isEqualTo(LocalDate.of(2024, 2, 26));
        assertThat(plan.endedReason()).isEqualTo("decided not to reassess");
        assertThat(new StatutoryClock(1L, plan, Instant.EPOCH).standingOn(LocalDate.of(2024, 6, 1)))
                .isEqualTo(Standing.NOT_NEEDED);
        assertThat(clocks(refused).get(Deadline.REASSESSMENT_DECISION).done()).isEqualTo(LocalDate.of(2024, 2, 26));
    }

    @Test
    void eachAdviceRequestHasItsOwnSixWeeksAsInAnAssessmentCarryingTheReassessmentsId() {
        AdviceFacts psychology = new AdviceFacts(71, LocalDate.of(2024, 1, 19), null, false, null, null, null);
        AdviceFacts health = new AdviceFacts(72, LocalDate.of(2024, 3, 4), LocalDate.of(2024, 4, 2), false, null,
                null, null);
        ReassessmentFacts facts = new ReassessmentFacts(31, LocalDate.of(2024, 1, 2), true, LocalDate.of(2024, 1, 12),
                null, null, List.of(psychology, health));
        Map<Long, ClockSpec> advice = ClockRules.ofReassessment(facts, CALENDAR, SETTINGS).stream()
                .filter(k -> k.clock() == Deadline.ADVICE)
                .collect(Collectors.toMap(ClockSpec::adviceRequestId, Function.identity()));
        assertThat(advice).containsOnlyKeys(71L, 72L);
        // 19 January 2024 + 42 days over a leap February: 1 March.
        assertThat(advice.get(71L).due()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(advice.get(72L).due()).isEqualTo(LocalDate.of(2024, 4, 15));
        assertThat(advice.get(72L).done()).isEqualTo(LocalDate.of(2024, 4, 2));
        assertThat(advice.values()).allSatisfy(k -> assertThat(k.reassessmentId()).isEqualTo(31L));
        // The same rule as the assessment's advice, the reassessment id apart.
        ClockSpec asAssessment = ClockRules.of(assessmentWithAdvice(), List.of(psychology), false, CALENDAR, SETTINGS)
                .stream().filter(k -> k.clock() == Deadline.ADVICE).findFirst().orElseThrow();
        assertThat(asAssessment.due()).isEqualTo(advice.get(71L).due());
        assertThat(asAssessment.atRiskFrom()).isEqualTo(advice.get(71L).atRiskFrom());
        assertThat(asAssessment.reassessmentId()).isNull();
    }

    @Test
    void thePlanCeasingEndsEveryClockNotMet() {
        AdviceFacts outstanding = new AdviceFacts(71, LocalDate.of(2024, 3, 1), null, false, null, null, null);
        ReassessmentFacts facts = new ReassessmentFacts(31, REQUESTED, true, LocalDate.of(2024, 2, 20), null,
                LocalDate.of(2024, 3, 20), List.of(outstanding));
        List<ClockSpec> clocks = ClockRules.ofReassessment(facts, CALENDAR, SETTINGS);
        assertThat(clocks).filteredOn(k -> k.done() == null)
                .extracting(ClockSpec::ended).containsOnly(LocalDate.of(2024, 3, 20));
        assertThat(clocks).filteredOn(k -> k.clock() == Deadline.ADVICE).singleElement()
                .extracting(ClockSpec::endedReason).isEqualTo("plan ceased");
    }

    @Test
    void reassessmentClocksAreNeitherTheAssessmentsNorPhaseTransfers() {
        assertThat(Deadline.REASSESSMENT_DECISION.isAssessment()).isFalse();
        assertThat(Deadline.REASSESSMENT_PLAN.isPhaseTransfer()).isFalse();
        assertThat(Deadline.REASSESSMENT_PLAN.isReviewStep()).isFalse();
        assertThat(Deadline.REASSESSMENT_PLAN.isCouncilDuty()).isTrue();
        assertThat(Deadline.TRANSFER_TO_POST16.isPhaseTransfer()).isTrue();
        assertThat(Deadline.assessmentClocksSql()).contains("k.reassessment_id is null");
    }

    private static AssessmentCase assessmentWithAdvice() {
        LocalDate request = LocalDate.of(2023, 11, 1);
        return new AssessmentCase("EHC-1", new Child("A", "B", LocalDate.of(2015, 1, 1), null, null), request,
                RequestSource.PARENT, CALENDAR.dueDates(request), null, null, Instant.EPOCH);
    }
}
