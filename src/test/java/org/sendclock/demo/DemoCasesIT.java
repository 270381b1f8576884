package org.sendclock.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceService;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Stage;
import org.sendclock.deadline.Deadline;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoCasesIT {

    @Autowired CaseRepository cases;
    @Autowired AssessmentService assessments;
    @Autowired AdviceService advice;
    @Autowired CaseViews views;
    @Autowired ManagementService management;
    @Autowired Clock clock;
    @Autowired org.sendclock.importer.PlansImport plansImport;

    @Test
    void theDemoShowsCasesAtEveryKindOfStageWithTheirBreaches() {
        List<String> refs = new DemoCases(cases, assessments, advice, clock, plansImport).seed(LocalDate.now(clock));
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
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
