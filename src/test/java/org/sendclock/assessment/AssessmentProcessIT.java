package org.sendclock.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sendclock.support.EngineTime.LONDON;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceCommands.ChaseAdvice;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.MarkNotSought;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceExceptionReason;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.Commands.*;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.casefile.Stage;
import org.sendclock.deadline.Deadline;
import org.sendclock.clock.Standing;
import org.sendclock.oversight.ClockRow;
import org.sendclock.oversight.Escalation;
import org.sendclock.oversight.OversightRegister;
import org.sendclock.oversight.RegisterFilter;
import org.sendclock.oversight.EscalationService;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.sendclock.support.SignedIn;
import org.sendclock.security.Role;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of bpmn/ehc-needs-assessment.bpmn and every clock on it: each timer is not executable a moment before
 * its time and is at it. Together these tests reach every flow node (asserted by process test coverage).
 */
@IntegrationTest
class AssessmentProcessIT {

    /** A Monday in spring 2026; the clocks change on Sunday 29 March 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate REQUEST = LocalDate.of(2026, 2, 16);

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired AssessmentService assessments;
    @Autowired AdviceService advice;
    @Autowired CaseViews views;
    @Autowired EscalationService escalations;
    @Autowired OversightRegister register;

    /** Kept from registration: BPMN Assert follows an ended instance through history by its id. */
    private final Map<String, ProcessInstance> instances = new HashMap<>();

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aRefusalEndsTheCaseAndAllItsClocks() {
        String ref = register(REQUEST);
        assertThat(instance(ref)).isWaitingAt("DecideWhetherToAssess");

        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.REFUSE, TODAY, "needs met at SEN support",
                TODAY, null));

        assertThat(instance(ref)).isEnded().hasPassed("Refused");
        assertThat(management.createJobQuery().processInstanceId(instance(ref).getId()).count()).isZero();
        CaseView view = views.of(ref);
        assertThat(view.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(view.appealRightsSentDate()).isEqualTo(TODAY);
    }

    @Test
    void aCaseRunsFromRequestToFinalPlan() {
        String ref = register(REQUEST);
        assertThat(task(ref, "DecideWhetherToAssess").getDueDate()).isEqualTo(dueAt(LocalDate.of(2026, 3, 30)));
        assertThat(task(ref, "DecideWhetherToAssess").getAssignee()).isEqualTo("caseworker");

        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
        assertThat(instance(ref)).isWaitingAt("RequestAdvice");
        assertThat(views.of(ref).stage()).isEqualTo(Stage.REQUESTING_ADVICE);

        AdviceRequest health = advice.request(ref, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", TODAY));
        AdviceRequest psychology = advice.request(ref, new RequestAdvice(AdviceType.EDUCATIONAL_PSYCHOLOGY, null, TODAY));
        assertThat(instance(ref)).isWaitingAt("AllAdviceIn", "AwaitAdvice");
        assertThat(views.of(ref).stage()).isEqualTo(Stage.AWAITING_ADVICE);
        List<Task> awaiting = tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("AwaitAdvice").list();
        assertThat(awaiting).extracting(Task::getName)
                .containsExactlyInAnyOrder("Await health advice (Northshire ICB)", "Await educational psychology advice");
        assertThat(awaiting).extracting(Task::getDueDate).containsOnly(dueAt(LocalDate.of(2026, 4, 13)));

        advice.receive(ref, health.getId(), new ReceiveAdvice(TODAY));
        assertThat(instance(ref)).isWaitingAt("AllAdviceIn");
        advice.excuse(ref, psychology.getId(), new ExcuseAdvice(AdviceExceptionReason.MISSED_APPOINTMENT,
                "missed the appointment this morning", null, TODAY));
        notSoughtBeyond(ref, AdviceType.HEALTH, AdviceType.EDUCATIONAL_PSYCHOLOGY);
        assertThat(instance(ref)).isWaitingAt("DecideWhetherToIssuePlan");
        assertThat(task(ref, "DecideWhetherToIssuePlan").getDueDate()).isEqualTo(dueAt(LocalDate.of(2026, 6, 8)));

        assessments.decideWhetherToIssuePlan(ref, new DecideWhetherToIssuePlan(PlanDecision.ISSUE_PLAN, TODAY, null));
        assertThat(instance(ref)).isWaitingAt("ServeDraftPlan");
        assertThat(task(ref, "ServeDraftPlan").getDueDate()).isEqualTo(dueAt(LocalDate.of(2026, 6, 21)));

        assessments.serveDraft(ref, new ServeDraft(TODAY));
        assertThat(instance(ref)).isWaitingAt("CommentPeriod");
        assertThat(views.of(ref).commentPeriodEnds()).isEqualTo(LocalDate.of(2026, 3, 16));

        assessments.recordParentResponse(ref, new ParentResponse(TODAY, "Hillside Primary School", null));
        assertThat(instance(ref)).hasPassed("ParentResponded").isWaitingAt("ConsultSchool");

        assessments.recordSchoolConsultation(ref, new SchoolConsultation("Hillside Primary School", TODAY));
        assertThat(instance(ref)).isWaitingAt("IssueFinalPlan");
        assertThat(views.of(ref).stage()).isEqualTo(Stage.FINALISING);

        assessments.issueFinalPlan(ref, new IssueFinalPlan(TODAY));
        assertThat(instance(ref)).isEnded().hasPassed("PlanIssued");
        CaseView view = views.of(ref);
        assertThat(view.status()).isEqualTo(CaseStatus.PLAN_ISSUED);
        assertThat(view.finalPlanDate()).isEqualTo(TODAY);
        assertThat(view.breaches()).isEmpty();
        assertThat(view.timeline()).extracting(CaseView.TimelineView::kind).contains("REQUEST_REGISTERED",
                "DECIDED_TO_ASSESS", "ADVICE_REQUESTED", "ADVICE_RECEIVED", "ADVICE_EXCUSED", "ALL_ADVICE_IN",
                "DECIDED_TO_ISSUE_PLAN", "DRAFT_SERVED", "PARENT_RESPONDED", "SCHOOL_CONSULTED", "PLAN_ISSUED",
                "PLAN_STARTED");
        assertThat(view.plan().startDate()).as("the plan starts the day the final plan is issued").isEqualTo(TODAY);
        assertThat(view.plan().status()).isEqualTo("MAINTAINED");
        assertThat(view.clocks()).filteredOn(k -> k.clock() == org.sendclock.deadline.Deadline.ANNUAL_REVIEW)
                .singleElement().satisfies(k -> {
                    assertThat(k.startDate()).isEqualTo(TODAY);
                    assertThat(k.dueDate()).isAfter(TODAY).isBeforeOrEqualTo(TODAY.plusMonths(12));
                });
    }

    @Test
    void theCommentPeriodClosesWhenItsFifteenthDayEnds() {
        String ref = toDraftServed(REQUEST);
        // Served 2 March (day 1); day 15 is 16 March.
        assertTimer(ref, "CommentPeriodOver", LocalDateTime.of(2026, 3, 17, 0, 0));
        executeJob(ref, "CommentPeriodOver");
        assertThat(instance(ref)).hasPassed("CommentPeriodOver").isWaitingAt("ConsultSchool");
        assertThat(views.of(ref).stage()).isEqualTo(Stage.CONSULTING_SCHOOL);
    }

    @Test
    void aDecisionNotToIssueAPlanEndsTheCase() {
        String ref = toPlanDecision(REQUEST);
        assessments.decideWhetherToIssuePlan(ref, new DecideWhetherToIssuePlan(PlanDecision.NO_PLAN, TODAY, TODAY));
        assertThat(instance(ref)).isEnded().hasPassed("NoPlan");
        assertThat(views.of(ref).status()).isEqualTo(CaseStatus.NO_PLAN);
    }


    @Test
    void theDecisionClockWarnsAWeekAheadAndRecordsOneBreachWhenItsDayEnds() {
        String ref = register(REQUEST);
        // Due Monday 30 March 2026, the day after the clocks go forward.
        assertTimer(ref, "DecisionAtRisk", LocalDateTime.of(2026, 3, 23, 7, 0));
        executeJob(ref, "DecisionAtRisk");
        assertThat(instance(ref)).hasPassed("RecordDecisionAtRisk", "DecisionAtRiskRecorded");
        assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::description)
                .anyMatch(d -> d.startsWith("Week 6 decision at risk: due 30 March 2026, 7 days left"));

        assertTimer(ref, "DecisionOverdue", LocalDateTime.of(2026, 3, 31, 0, 0));
        executeJob(ref, "DecisionOverdue");
        assertThat(instance(ref)).hasPassed("RecordDecisionBreach", "DecisionBreachRecorded")
                .isWaitingAt("DecideWhetherToAssess");
        assertThat(views.of(ref).breaches()).singleElement().satisfies(b -> {
            assertThat(b.deadline()).isEqualTo(Deadline.DECISION);
            assertThat(b.dueDate()).isEqualTo(LocalDate.of(2026, 3, 30));
            assertThat(b.exceptionApplies()).isFalse();
        });
        assertThat(timers(ref, "DecisionOverdue")).isEmpty();
    }

    @Test
    void aBreachEscalatesToTheManagerWhoAcknowledgesItWithANote() {
        String ref = register(REQUEST);
        assertTimer(ref, "DecisionOverdue", LocalDateTime.of(2026, 3, 31, 0, 0));
        executeJob(ref, "DecisionOverdue");

        assertThat(instance(ref)).hasPassed("DecisionBreachRecorded", "EscalationRaised")
                .isWaitingAt("DecideWhetherToAssess", "AcknowledgeEscalation");
        Task acknowledge = task(ref, "AcknowledgeEscalation");
        assertThat(acknowledge.getName()).isEqualTo("Acknowledge: Week 6 decision breached: was due 30 March 2026");
        assertThat(tasks.createTaskQuery().taskId(acknowledge.getId()).taskCandidateGroup("manager").count()).isOne();
        Escalation escalation = escalations.ofCase(ref).get(0);
        assertThat(escalation.getKind()).isEqualTo(Escalation.Kind.BREACH);
        assertThat(escalation.getTaskId()).isEqualTo(acknowledge.getId());

        escalations.acknowledge(ref, escalation.getId(), "Agreed a decision date with the caseworker");
        assertThat(instance(ref)).hasPassed("EscalationAcknowledged").isWaitingAt("DecideWhetherToAssess");
        assertThat(escalations.ofCase(ref).get(0).isOpen()).isFalse();
        assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::kind)
                .contains("BREACH", "ESCALATED", "ESCALATION_ACKNOWLEDGED");
    }

    @Test
    void adviceStillOutstandingFourteenDaysAfterItsDueDateEscalatesAgain() {
        String ref = toAwaitingAdvice(REQUEST);
        // Health advice due 13 April 2026: breach as that day ends, escalation 14 days later.
        assertTimer(ref, "AdviceOverdue", LocalDateTime.of(2026, 4, 14, 0, 0));
        executeJob(ref, "AdviceOverdue");
        assertThat(instance(ref)).hasPassed("RecordAdviceBreach", "AdviceBreachEscalated")
                .isWaitingAt("ChaseAdvice", "AcknowledgeEscalation");

        assertTimer(ref, "AdviceLongOverdue", LocalDateTime.of(2026, 4, 28, 0, 0));
        executeJob(ref, "AdviceLongOverdue");
        assertThat(instance(ref)).hasPassed("RecordAdviceEscalation", "AdviceEscalated");
        assertThat(escalations.ofCase(ref)).extracting(Escalation::getKind)
                .containsExactly(Escalation.Kind.BREACH, Escalation.Kind.ADVICE_OVERDUE);
        assertThat(escalations.ofCase(ref).get(1).getDescription())
                .isEqualTo("Advice still outstanding 15 days after it was due: health advice (Northshire ICB) was due 13 April 2026");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("AcknowledgeEscalation")
                .count()).isEqualTo(2);
    }

    @Test
    void theDecisionClockStopsWhenTheDecisionIsMade() {
        String ref = register(REQUEST);
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
        assertThat(timers(ref, "DecisionAtRisk")).isEmpty();
        assertThat(timers(ref, "DecisionOverdue")).isEmpty();
    }

    @Test
    void aBreachUnderAReg10ExceptionSaysSoAndMovesNoDate() {
        String ref = register(REQUEST);
        SignedIn.as("manager", Role.MANAGER, () -> assessments.recordException(ref, new RecordException(
                ExceptionReason.EXCEPTIONAL_PERSONAL_CIRCUMSTANCES, TODAY, null, "family bereavement")));
        EngineTime.setTo(LocalDate.of(2026, 3, 31), LocalTime.of(0, 0));
        executeJob(ref, "DecisionOverdue");
        CaseView view = views.of(ref);
        assertThat(view.decisionDue()).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(view.exceptionApplies()).isTrue();
        assertThat(view.breaches()).singleElement().satisfies(b -> assertThat(b.exceptionApplies()).isTrue());
        assertThat(view.timeline()).filteredOn(t -> t.kind().equals("BREACH")).singleElement()
                .extracting(CaseView.TimelineView::description)
                .isEqualTo("Week 6 decision breached: was due 30 March 2026 (a reg 10(4) exception applies)");
    }

    @Test
    void theWeekTwentyClockWarnsTwoWeeksAheadThenBreaches() {
        String ref = register(REQUEST);
        // Due Monday 6 July 2026.
        assertTimer(ref, "FinalPlanAtRisk", LocalDateTime.of(2026, 6, 22, 7, 0));
        executeJob(ref, "FinalPlanAtRisk");
        assertThat(instance(ref)).hasPassed("RecordFinalPlanAtRisk", "FinalPlanAtRiskRecorded");
        assertTimer(ref, "FinalPlanOverdue", LocalDateTime.of(2026, 7, 7, 0, 0));
        executeJob(ref, "FinalPlanOverdue");
        assertThat(instance(ref)).hasPassed("RecordFinalPlanBreach", "FinalPlanBreachRecorded").isNotEnded();
        assertThat(views.of(ref).breaches()).extracting(CaseView.BreachView::deadline).containsExactly(Deadline.FINAL_PLAN);
    }

    @Test
    void theWeekSixteenClockRunsUntilThePlanDecision() {
        String ref = toAwaitingAdvice(REQUEST);
        // Due Monday 8 June 2026.
        assertTimer(ref, "NoPlanNoticeAtRisk", LocalDateTime.of(2026, 5, 25, 7, 0));
        executeJob(ref, "NoPlanNoticeAtRisk");
        assertThat(instance(ref)).hasPassed("RecordNoPlanNoticeAtRisk", "NoPlanNoticeAtRiskRecorded");
        assertTimer(ref, "NoPlanNoticeOverdue", LocalDateTime.of(2026, 6, 9, 0, 0));
        executeJob(ref, "NoPlanNoticeOverdue");
        assertThat(instance(ref)).hasPassed("RecordNoPlanNoticeBreach", "NoPlanNoticeBreachRecorded");
        assertThat(views.of(ref).breaches()).extracting(CaseView.BreachView::deadline)
                .containsExactly(Deadline.NO_PLAN_NOTICE);
    }


    @Test
    void eachAdviceClockRemindsAWeekAheadThenBreachesAndAsksForAChase() {
        String ref = toAwaitingAdvice(REQUEST);
        long healthId = adviceId(ref, AdviceType.HEALTH);
        // Health advice asked on 2 March is due 13 April 2026.
        assertTimer(ref, "AdviceReminderDue", LocalDateTime.of(2026, 4, 6, 7, 0));
        executeJob(ref, "AdviceReminderDue");
        assertThat(instance(ref)).hasPassed("RemindAdviceGiver", "AdviceReminderRecorded");

        assertTimer(ref, "AdviceOverdue", LocalDateTime.of(2026, 4, 14, 0, 0));
        executeJob(ref, "AdviceOverdue");
        assertThat(instance(ref)).hasPassed("RecordAdviceBreach").isWaitingAt("ChaseAdvice", "AwaitAdvice");
        Task chase = task(ref, "ChaseAdvice");
        assertThat(chase.getName()).isEqualTo("Chase health advice (Northshire ICB)");
        assertThat(views.of(ref).breaches()).singleElement().satisfies(b -> {
            assertThat(b.deadline()).isEqualTo(Deadline.ADVICE);
            assertThat(b.adviceType()).isEqualTo(AdviceType.HEALTH);
            assertThat(b.dueDate()).isEqualTo(LocalDate.of(2026, 4, 13));
        });

        advice.chase(ref, healthId, new ChaseAdvice(LocalDate.of(2026, 4, 14), "rang the designated clinical officer"));
        assertThat(instance(ref)).hasPassed("AdviceChased").isWaitingAt("AwaitAdvice");

        advice.receive(ref, healthId, new ReceiveAdvice(LocalDate.of(2026, 4, 14)));
        assertThat(instance(ref)).hasPassed("AdviceAnswered").isWaitingAt("DecideWhetherToIssuePlan");
    }

    @Test
    void receivingLateAdviceEndsAnOpenChase() {
        String ref = toAwaitingAdvice(REQUEST);
        EngineTime.setTo(LocalDate.of(2026, 4, 14), LocalTime.of(0, 0));
        executeJob(ref, "AdviceOverdue");
        assertThat(instance(ref)).isWaitingAt("ChaseAdvice");

        advice.receive(ref, adviceId(ref, AdviceType.HEALTH), new ReceiveAdvice(LocalDate.of(2026, 4, 14)));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("ChaseAdvice").count())
                .isZero();
        assertThat(instance(ref)).isWaitingAt("DecideWhetherToIssuePlan");
    }

    @Test
    void aRequestEnteredTwentyOneWeeksLateShowsItsBreachesAtOnce() {
        LocalDate request = TODAY.minusWeeks(21);
        String ref = register(request);

        int executed = executeAllDueJobs();

        assertThat(executed).as("the four case clocks already past fire once each").isEqualTo(4);
        assertThat(views.of(ref).breaches()).extracting(CaseView.BreachView::deadline)
                .containsExactlyInAnyOrder(Deadline.DECISION, Deadline.FINAL_PLAN);
        assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::kind).doesNotContain("AT_RISK");
        assertThat(executeAllDueJobs()).as("nothing fires twice").isZero();

        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
        assertThat(executeAllDueJobs()).as("the week 16 clock, already passed, fires once it starts").isEqualTo(2);
        assertThat(views.of(ref).breaches()).extracting(CaseView.BreachView::deadline)
                .containsExactlyInAnyOrder(Deadline.DECISION, Deadline.FINAL_PLAN, Deadline.NO_PLAN_NOTICE);
    }

    @Test
    void withdrawingEndsEveryClockAndOutstandingAdvice() {
        String ref = toAwaitingAdvice(REQUEST);
        assessments.withdraw(ref, new Withdraw(TODAY, "family moved to independent provision"));
        assertThat(instance(ref)).isEnded().hasPassed("Withdrawn");
        assertThat(management.createJobQuery().processInstanceId(instance(ref).getId()).count()).isZero();
        CaseView view = views.of(ref);
        assertThat(view.status()).isEqualTo(CaseStatus.WITHDRAWN);
        assertThat(view.advice()).extracting(CaseView.AdviceView::status).containsOnly(AdviceStatus.WITHDRAWN);
    }

    @Test
    void closingWhenTheChildMovesOutOfAreaEndsEveryClock() {
        String ref = toDraftServed(REQUEST);
        assessments.close(ref, new Close(TODAY, ClosedReason.MOVED_OUT, "moved to Leeds"));
        assertThat(instance(ref)).isEnded().hasPassed("Closed");
        assertThat(views.of(ref).status()).isEqualTo(CaseStatus.CLOSED);
    }


    @Test
    void correctingTheRequestDateMovesEveryPendingClockAndTaskDueDate() {
        String ref = register(REQUEST);
        LocalDate corrected = REQUEST.minusWeeks(2);

        assessments.correctRequestDate(ref, new CorrectRequestDate(corrected, "paper request found, date-stamped 2 Feb"));

        CaseView view = views.of(ref);
        assertThat(view.requestDate()).isEqualTo(corrected);
        assertThat(view.decisionDue()).isEqualTo(LocalDate.of(2026, 3, 16));
        assertThat(view.finalPlanDue()).isEqualTo(LocalDate.of(2026, 6, 22));
        assertThat(task(ref, "DecideWhetherToAssess").getDueDate()).isEqualTo(dueAt(LocalDate.of(2026, 3, 16)));
        assertTimer(ref, "DecisionOverdue", LocalDateTime.of(2026, 3, 17, 0, 0));
        assertTimer(ref, "FinalPlanOverdue", LocalDateTime.of(2026, 6, 23, 0, 0));
    }

    @Test
    void correctingTheRequestDateVoidsABreachThatHadNotHappened() {
        String ref = register(TODAY.minusWeeks(7)); // typed a week too early: the decision looks late
        executeAllDueJobs();
        assertThat(views.of(ref).breaches()).singleElement()
                .satisfies(b -> assertThat(b.deadline()).isEqualTo(Deadline.DECISION));

        assessments.correctRequestDate(ref, new CorrectRequestDate(TODAY.minusWeeks(5), "typing error"));

        CaseView view = views.of(ref);
        assertThat(view.breaches()).singleElement().satisfies(b -> assertThat(b.voidedAt()).isNotNull());
        assertThat(view.timeline()).extracting(CaseView.TimelineView::kind).contains("BREACH_VOIDED");
        assertThat(task(ref, "DecideWhetherToAssess").getDueDate()).isEqualTo(dueAt(TODAY.plusWeeks(1)));
    }

    // --- facts decide, timers only alert (the clock register, ADR 11)

    @Test
    void aDecisionNotifiedOnTimeButTypedInLateVoidsItsBreachAndClosesItsEscalation() {
        String ref = register(REQUEST); // decision due Monday 30 March 2026
        EngineTime.setTo(LocalDate.of(2026, 3, 31), LocalTime.of(0, 0));
        executeJob(ref, "DecisionOverdue");
        assertThat(clock(ref, Deadline.DECISION).standing()).isEqualTo(Standing.OVERDUE);
        assertThat(task(ref, "AcknowledgeEscalation")).isNotNull();

        EngineTime.setTo(LocalDate.of(2026, 4, 9), LocalTime.of(10, 0));
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, LocalDate.of(2026, 3, 26),
                null, null, LocalDate.of(2026, 3, 27)));

        CaseView view = views.of(ref);
        assertThat(clock(ref, Deadline.DECISION)).satisfies(k -> {
            assertThat(k.standing()).isEqualTo(Standing.MET);
            assertThat(k.doneDate()).isEqualTo(LocalDate.of(2026, 3, 27));
            assertThat(k.daysLate()).isNull();
        });
        assertThat(view.breaches()).singleElement().satisfies(b -> {
            assertThat(b.voidedAt()).isNotNull();
            assertThat(b.voidReason()).startsWith("recorded late, met on time");
        });
        assertThat(view.timeline()).extracting(CaseView.TimelineView::description)
                .anyMatch(d -> d.startsWith("Week 6 decision breach withdrawn: recorded late, met on time"));
        assertThat(escalations.ofCase(ref)).singleElement().satisfies(e -> {
            assertThat(e.isOpen()).isFalse();
            assertThat(e.getAcknowledgedBy()).isEqualTo("system");
        });
        assertThat(task(ref, "AcknowledgeEscalation")).isNull();
    }

    @Test
    void weekSixIsMetByTheNoticeNotByTheDecision() {
        String ref = register(REQUEST); // decision due 30 March 2026
        EngineTime.setTo(LocalDate.of(2026, 4, 3), LocalTime.of(9, 0));
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.REFUSE, LocalDate.of(2026, 3, 27),
                "needs met at SEN support", null, LocalDate.of(2026, 4, 2)));

        CaseView view = views.of(ref);
        assertThat(view.decisionNoticeDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(view.appealRightsSentDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(clock(ref, Deadline.DECISION)).satisfies(k -> {
            assertThat(k.standing()).isEqualTo(Standing.LATE);
            assertThat(k.daysLate()).isEqualTo(3);
        });
        assertThat(clock(ref, Deadline.FINAL_PLAN).standing()).isEqualTo(Standing.NOT_NEEDED);
        assertThat(view.timeline()).extracting(CaseView.TimelineView::description)
                .anyMatch(d -> d.contains("family told 2 April 2026 (late)"));
    }

    @Test
    void movingTheRequestDateEarlierMakesAClockOverdueAtOnceWithItsNewDueDate() {
        String ref = register(TODAY.minusWeeks(5)); // decision due 9 March 2026: running
        assertThat(clock(ref, Deadline.DECISION).standing()).isEqualTo(Standing.AT_RISK);

        assessments.correctRequestDate(ref, new CorrectRequestDate(TODAY.minusWeeks(7), "date stamp misread"));

        assertThat(clock(ref, Deadline.DECISION)).satisfies(k -> {
            assertThat(k.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
            assertThat(k.standing()).isEqualTo(Standing.OVERDUE);
            assertThat(k.daysLate()).isEqualTo(7);
        });
        assertThat(register.register(RegisterFilter.ALL)).filteredOn(r -> r.caseRef().equals(ref))
                .extracting(ClockRow::clock, ClockRow::status)
                .contains(org.assertj.core.groups.Tuple.tuple(Deadline.DECISION, ClockRow.Status.OVERDUE));
        executeAllDueJobs(); // the moved timers are due at once: the breach, and the warning that has no time left
        assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::kind).doesNotContain("AT_RISK");
        assertThat(views.of(ref).breaches()).singleElement().satisfies(b -> {
            assertThat(b.deadline()).isEqualTo(Deadline.DECISION);
            assertThat(b.dueDate()).isEqualTo(LocalDate.of(2026, 2, 23));
        });
    }

    @Test
    void correctingAnAdviceRequestDateMovesItsClockAndItsTimers() {
        String ref = register(REQUEST);
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, LocalDate.of(2026, 2, 20),
                null, null, null));
        advice.request(ref, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", TODAY)); // due 13 April
        long health = adviceId(ref, AdviceType.HEALTH);
        EngineTime.setTo(LocalDate.of(2026, 4, 10), LocalTime.of(9, 0));
        assertThat(adviceClock(ref, health).standing()).isEqualTo(Standing.AT_RISK);

        // The letter went on 20 February: the six weeks ended on 3 April.
        assessments.correctAdviceRequestDate(ref, health, new CorrectAdviceRequestDate(LocalDate.of(2026, 2, 20),
                "the letter was dated 20 February"));

        assertThat(adviceClock(ref, health)).satisfies(k -> {
            assertThat(k.dueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
            assertThat(k.standing()).isEqualTo(Standing.OVERDUE);
            assertThat(k.daysLate()).isEqualTo(7);
        });
        assertThat(views.of(ref).advice()).singleElement().satisfies(a -> assertThat(a.dueDate())
                .isEqualTo(LocalDate.of(2026, 4, 3)));
        executeJob(ref, "AdviceOverdue"); // moved to 4 April, so due at once
        assertThat(views.of(ref).breaches()).singleElement().satisfies(b -> {
            assertThat(b.deadline()).isEqualTo(Deadline.ADVICE);
            assertThat(b.dueDate()).isEqualTo(LocalDate.of(2026, 4, 3));
        });
        assertThat(task(ref, "AwaitAdvice").getDueDate()).isEqualTo(dueAt(LocalDate.of(2026, 4, 3)));
    }

    @Test
    void anUndecidedCaseAtWeekFifteenIsAtRiskOnItsPageAndInTheRegisterAlike() {
        String ref = register(REQUEST); // week 16 notice due 8 June 2026
        EngineTime.setTo(LocalDate.of(2026, 6, 1), LocalTime.of(9, 0));

        assertThat(clock(ref, Deadline.NO_PLAN_NOTICE).standing()).isEqualTo(Standing.AT_RISK);
        assertThat(register.register(RegisterFilter.ALL)).filteredOn(r -> r.caseRef().equals(ref))
                .extracting(ClockRow::clock, ClockRow::status)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(Deadline.DECISION, ClockRow.Status.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple(Deadline.NO_PLAN_NOTICE, ClockRow.Status.AT_RISK));
    }

    // --- the steps, as a caseworker would take them

    private String register(LocalDate requestDate) {
        String ref = assessments.register(new RegisterRequest(requestDate, RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), "A123456789012", "Hillside Primary School"),
                "caseworker", "North")).getCaseRef();
        instances.put(ref, runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult());
        return ref;
    }

    private String toAwaitingAdvice(LocalDate requestDate) {
        String ref = register(requestDate);
        assessments.decideWhetherToAssess(ref, new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
        advice.request(ref, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", TODAY));
        return ref;
    }

    private String toPlanDecision(LocalDate requestDate) {
        String ref = toAwaitingAdvice(requestDate);
        advice.receive(ref, adviceId(ref, AdviceType.HEALTH), new ReceiveAdvice(TODAY));
        notSoughtBeyond(ref, AdviceType.HEALTH);
        return ref;
    }

    /** The rest of the advice reg 6(1) requires, recorded as not sought, so the plan decision can be taken. */
    private void notSoughtBeyond(String ref, AdviceType... sought) {
        AdviceType.REQUIRED.stream().filter(t -> !List.of(sought).contains(t)).forEach(t ->
                advice.markNotSought(ref, new MarkNotSought(t, "already available and sufficient (reg 6(4))")));
    }

    private String toDraftServed(LocalDate requestDate) {
        String ref = toPlanDecision(requestDate);
        assessments.decideWhetherToIssuePlan(ref, new DecideWhetherToIssuePlan(PlanDecision.ISSUE_PLAN, TODAY, null));
        assessments.serveDraft(ref, new ServeDraft(TODAY));
        return ref;
    }

    // --- the engine, seen from the test

    private ProcessInstance instance(String ref) {
        return instances.get(ref);
    }

    private Task task(String ref, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey(taskKey).singleResult();
    }

    private CaseView.ClockView clock(String ref, Deadline which) {
        return views.of(ref).clocks().stream().filter(k -> k.clock() == which).findFirst().orElseThrow();
    }

    private CaseView.ClockView adviceClock(String ref, long adviceRequestId) {
        return views.of(ref).clocks().stream().filter(k -> Long.valueOf(adviceRequestId).equals(k.adviceRequestId()))
                .findFirst().orElseThrow();
    }

    private long adviceId(String ref, AdviceType type) {
        return views.of(ref).advice().stream().filter(a -> a.adviceType() == type).findFirst().orElseThrow().id();
    }

    private List<Job> timers(String ref, String activityId) {
        return management.createJobQuery().processInstanceId(instance(ref).getId()).activityId(activityId).timers()
                .list();
    }

    /** The timer is waiting, is not due a minute before {@code firesAt} (London time), and is due at it. */
    private void assertTimer(String ref, String activityId, LocalDateTime firesAt) {
        assertThat(timers(ref, activityId)).as("timer %s", activityId).hasSize(1);
        EngineTime.setTo(firesAt.minusMinutes(1));
        assertThat(executable(ref, activityId)).as("%s a minute before %s", activityId, firesAt).isEmpty();
        EngineTime.setTo(firesAt);
        assertThat(executable(ref, activityId)).as("%s at %s", activityId, firesAt).hasSize(1);
    }

    private List<Job> executable(String ref, String activityId) {
        return management.createJobQuery().processInstanceId(instance(ref).getId()).activityId(activityId).timers()
                .executable().list();
    }

    private void executeJob(String ref, String activityId) {
        List<Job> due = executable(ref, activityId);
        assertThat(due).as("due timer %s", activityId).hasSize(1);
        management.executeJob(due.get(0).getId());
    }

    private int executeAllDueJobs() {
        int executed = 0;
        List<Job> due;
        while (!(due = management.createJobQuery().executable().list()).isEmpty()) {
            for (Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        return executed;
    }

    private static java.util.Date dueAt(LocalDate date) {
        return java.util.Date.from(date.plusDays(1).atStartOfDay(LONDON).minusMinutes(1).toInstant());
    }
}
