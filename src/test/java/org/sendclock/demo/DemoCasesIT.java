package org.sendclock.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Stage;
import org.sendclock.deadline.Deadline;
import org.sendclock.reassessment.Reassessment;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.reassessment.ReassessmentViews;
import org.sendclock.reassessment.ReassessmentsView;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoCasesIT {

    @Autowired CaseRepository cases;
    @Autowired AssessmentService assessments;
    @Autowired AdviceService advice;
    @Autowired org.sendclock.reassessment.ReassessmentService reassessmentService;
    @Autowired ReassessmentViews reassessmentViews;
    @Autowired CaseViews views;
    @Autowired ManagementService management;
    @Autowired Clock clock;
    @Autowired org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;
    @Autowired org.sendclock.importer.PlansImport plansImport;
    @Autowired org.sendclock.importer.ReviewsImport reviewsImport;
    @Autowired org.sendclock.plan.AnnualReviewRepository reviews;
    @Autowired org.sendclock.plan.PlanRepository plans;
    @Autowired org.sendclock.clock.ClockRegister register;

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.sendclock.review.ReviewViews reviewViews;
    @Autowired org.sendclock.kpi.PhaseTransferKpis transfers;
    @Autowired org.sendclock.tasks.MyWork myWork;

    @Test
    void theDemoShowsCasesAtEveryKindOfStageWithTheirBreaches() {
        // The demo seeds only an empty database, and its references are fixed.
        org.sendclock.support.EmptySystem.empty(jdbc, runtime);
        DemoCases demoCases = demo();
        List<String> refs = demoCases.seed(LocalDate.now(clock));
        demoCases.reassessments(LocalDate.now(clock));
        runDueTimers();

        List<CaseView> demo = refs.stream().map(views::of).toList();
        assertThat(demo).extracting(CaseView::stage).contains(Stage.DECISION, Stage.AWAITING_ADVICE,
                Stage.COMMENT_PERIOD, Stage.FINISHED);
        assertThat(demo).extracting(CaseView::status).contains(CaseStatus.OPEN, CaseStatus.PLAN_ISSUED,
                CaseStatus.REFUSED);
        CaseView late = demo.get(6);
        assertThat(late.breaches()).extracting(CaseView.BreachView::deadline)
                .containsExactlyInAnyOrder(Deadline.DECISION, Deadline.FINAL_PLAN);
        assertThat(late.exceptionApplies()).isTrue();
        assertThat(demo.get(2).breaches()).extracting(CaseView.BreachView::deadline)
                .containsOnly(Deadline.ADVICE).hasSize(2);

        LocalDate today = LocalDate.now(clock);
        assertThat(demo.get(4).plan().startDate()).as("the plan issued by the assessment").isEqualTo(today.minusWeeks(6));
        CaseView yearSix = demo.get(7);
        CaseView yearEleven = demo.get(8);
        CaseView overdue = demo.get(9);
        assertThat(yearSix.child().nationalCurriculumYear()).isEqualTo(6);
        assertThat(yearEleven.child().nationalCurriculumYear()).isEqualTo(11);
        assertThat(yearSix.plan().reviewStanding()).isEqualTo(org.sendclock.clock.Standing.RUNNING);
        assertThat(yearEleven.plan().reviewStanding()).isEqualTo(org.sendclock.clock.Standing.AT_RISK);
        assertThat(overdue.plan().reviewStanding()).isEqualTo(org.sendclock.clock.Standing.OVERDUE);

        // Reviews: the Year 6 transfer review held and awaiting its decision; the Year 11 meeting arranged; two years
        // of history behind the fourth plan, its third review due within the warning weeks.
        assertThat(cycles(yearSix)).containsExactly(1);
        assertThat(reviews.findByPlanIdOrderByCycleAsc(planId(yearSix)).get(0).isPhaseTransfer()).isTrue();
        assertThat(clock(yearSix, Deadline.REVIEW_DECISION).standingOn(today)).isIn(
                org.sendclock.clock.Standing.RUNNING, org.sendclock.clock.Standing.AT_RISK);
        assertThat(clock(yearEleven, Deadline.REVIEW_INVITATIONS).getDueDate()).isEqualTo(today.plusDays(6));
        CaseView history = demo.get(10);
        assertThat(cycles(history)).containsExactly(1, 2, 3);
        assertThat(history.plan().reviewStanding()).isEqualTo(org.sendclock.clock.Standing.AT_RISK);

        // Every step of a review cycle is some demo plan's open step.
        List<org.sendclock.review.ReviewsView> plansReviews = refs.stream().filter(r -> r.startsWith("DEMO-"))
                .map(reviewViews::of).toList();
        assertThat(plansReviews.stream().flatMap(v -> v.cycles().stream())
                .flatMap(c -> c.openTasks().stream()).map(org.sendclock.review.ReviewsView.TaskView::key))
                .containsAll(org.sendclock.review.ReviewSteps.casework());
        org.sendclock.review.ReviewsView.Cycle adviceOut = reviewViews.of("DEMO-R2").cycles().get(0);
        assertThat(adviceOut.invitationsSentDate()).isNotNull();
        assertThat(adviceOut.adviceCirculatedDate()).isNotNull();
        assertThat(adviceOut.adviceOutstanding()).extracting(org.sendclock.review.ReviewsView.AdviceView::adviceType)
                .containsExactly(org.sendclock.advice.AdviceType.HEALTH);
        assertThat(myWork.of("caseworker")).as("the outstanding review advice is on the caseworker's list")
                .anyMatch(i -> i.caseRef().equals("DEMO-R2") && i.reviewAwaitingAdvice() != null);
        org.sendclock.review.ReviewsView.Cycle proposed = reviewViews.of("DEMO-R5").cycles().get(0);
        assertThat(proposed.step()).isEqualTo(org.sendclock.review.ReviewSteps.ISSUE_AMENDED_PLAN);
        assertThat(clock(views.of("DEMO-R5"), Deadline.AMENDMENT_REPRESENTATIONS).standingOn(today))
                .as("the family's 15 days are running").isIn(org.sendclock.clock.Standing.RUNNING,
                        org.sendclock.clock.Standing.AT_RISK);
        assertThat(reviewViews.of("DEMO-R6").cycles()).extracting(org.sendclock.review.ReviewsView.Cycle::amendedPlanDate)
                .containsExactly(today.minusDays(30), null);
        assertThat(reviewViews.of("DEMO-R7").cycles().get(0).step())
                .isEqualTo(org.sendclock.review.ReviewSteps.CONSULT_ON_CEASING);
        assertThat(reviewViews.of("DEMO-R9").planCeasedDate()).isEqualTo(today.minusDays(20));

        // The Year 6 and Year 11 whose transfers fall due this calendar year, the year the performance page opens on.
        assertThat(transferCases(today.getYear(), org.sendclock.clock.TransferKind.PRIMARY_TO_SECONDARY,
                org.sendclock.kpi.PhaseTransferCount.DUE))
                .containsExactly("DEMO-T6-1", "DEMO-T6-2", "DEMO-T6-3", "DEMO-T6-4", "DEMO-T6-5");
        assertThat(transferCases(today.getYear(), org.sendclock.clock.TransferKind.PRIMARY_TO_SECONDARY,
                org.sendclock.kpi.PhaseTransferCount.FINALISED_BY_DEADLINE))
                .containsExactly("DEMO-T6-1", "DEMO-T6-2", "DEMO-T6-3");
        assertThat(transferCases(today.getYear(), org.sendclock.clock.TransferKind.SECONDARY_TO_POST16,
                org.sendclock.kpi.PhaseTransferCount.DUE))
                .containsExactly("DEMO-T11-1", "DEMO-T11-2", "DEMO-T11-3", "DEMO-T11-4");
        assertThat(transferCases(today.getYear(), org.sendclock.clock.TransferKind.SECONDARY_TO_POST16,
                org.sendclock.kpi.PhaseTransferCount.FINALISED_BY_DEADLINE))
                .containsExactly("DEMO-T11-1", "DEMO-T11-2");
        assertThat(transfers.report(today.getYear()).transfers()).allSatisfy(line ->
                assertThat(line.finalisedByDeadline()).isPositive().isLessThan(line.due()));

        // Re-assessments: Grace's at its advice, educational psychology still awaited; Leo's concluded, on time.
        assertThat(reassessmentViews.of(overdue.caseRef()).reassessments()).singleElement().satisfies(r -> {
            assertThat(r.open()).isTrue();
            assertThat(r.openSteps()).contains(ReassessmentSteps.AWAIT_ADVICE, ReassessmentSteps.ISSUE_OUTCOME);
            assertThat(r.advice()).extracting(ReassessmentsView.AdviceView::adviceType,
                    ReassessmentsView.AdviceView::status).containsExactly(
                    tuple(AdviceType.EDUCATIONAL_PSYCHOLOGY, AdviceStatus.REQUESTED),
                    tuple(AdviceType.HEALTH, AdviceStatus.RECEIVED));
        });
        assertThat(reassessmentViews.of(history.caseRef()).reassessments()).singleElement().satisfies(r -> {
            assertThat(r.open()).isFalse();
            assertThat(r.outcome()).isEqualTo(Reassessment.Outcome.AMENDED);
            assertThat(r.clocks()).extracting(ReassessmentsView.ClockView::standing)
                    .containsOnly(org.sendclock.clock.Standing.MET);
        });
    }

    /** The cohort's plans in one count of the phase-transfer measure (the KPI's drill-down), by reference. */
    private List<String> transferCases(int year, org.sendclock.clock.TransferKind kind,
                                       org.sendclock.kpi.PhaseTransferCount count) {
        return transfers.cases(year, kind, count).cases().stream().map(org.sendclock.kpi.CaseEntry::caseRef)
                .filter(r -> r.startsWith("DEMO-T")).sorted().toList();
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private long planId(CaseView c) {
        return plans.findByCaseId(cases.require(c.caseRef()).getId()).orElseThrow().getId();
    }

    private List<Integer> cycles(CaseView c) {
        return reviews.findByPlanIdOrderByCycleAsc(planId(c)).stream().map(org.sendclock.plan.AnnualReview::getCycle)
                .toList();
    }

    /** The case's clock of this kind in its latest review cycle. */
    private org.sendclock.clock.StatutoryClock clock(CaseView c, Deadline which) {
        return register.of(cases.require(c.caseRef()).getId()).stream().filter(k -> k.getClock() == which)
                .max(java.util.Comparator.comparing(org.sendclock.clock.StatutoryClock::getStartDate)).orElseThrow();
    }

    /** The demo as the application builds it (it is a bean only when the demo is enabled). */
    private DemoCases demo() {
        return beans.createBean(DemoCases.class);
    }
}
