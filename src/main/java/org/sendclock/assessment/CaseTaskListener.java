package org.sendclock.assessment;

import org.sendclock.clock.ClockSettings;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Stage;
import org.springframework.stereotype.Component;

/**
 * Gives every new task of the assessment its caseworker, team and statutory due date, moves the case to the task's
 * stage, and names advice tasks after the provider, so a task list reads "Await health advice (Northshire ICB)".
 */
@Component("caseTaskListener")
public class CaseTaskListener implements TaskListener {

    private static final int ENGINE_ID_LENGTH = 255;

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final TaskDueDates dueDates;
    private final ClockSettings settings;

    public CaseTaskListener(CaseRepository cases, AdviceRequestRepository adviceRequests, TaskDueDates dueDates,
                            ClockSettings settings) {
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.dueDates = dueDates;
        this.settings = settings;
    }

    @Override
    public void notify(DelegateTask task) {
        AssessmentCase assessment = cases.require((String) task.getVariable(AssessmentSteps.VAR_CASE_REF));
        String taskKey = task.getTaskDefinitionKey();
        AdviceRequest advice = null;
        if (TaskDueDates.isAdviceTask(taskKey)) {
            advice = adviceFor(task);
            String verb = AssessmentSteps.AWAIT_ADVICE.equals(taskKey) ? "Await " : "Chase ";
            task.setName(verb + advice.describe());
        }
        // An imported case's caseworker and team are free text from the previous system; the engine holds 255
        // characters at most, and a longer name is no user or group anyway.
        if (assessment.getCaseworker() != null && assessment.getCaseworker().length() <= ENGINE_ID_LENGTH) {
            task.setAssignee(assessment.getCaseworker());
        }
        if (assessment.getTeam() != null && assessment.getTeam().length() <= ENGINE_ID_LENGTH) {
            task.addCandidateGroup(assessment.getTeam());
        }
        stageOf(taskKey).ifPresent(assessment::moveTo);
        LocalDate due = dueDates.dueFor(taskKey, assessment, advice);
        task.setDueDate(Date.from(settings.taskDueAt(due)));
    }

    private static Optional<Stage> stageOf(String taskKey) {
        return Optional.ofNullable(switch (taskKey) {
            case AssessmentSteps.DECIDE_WHETHER_TO_ASSESS -> Stage.DECISION;
            case AssessmentSteps.REQUEST_ADVICE -> Stage.REQUESTING_ADVICE;
            case AssessmentSteps.DECIDE_WHETHER_TO_ISSUE_PLAN -> Stage.PLAN_DECISION;
            case AssessmentSteps.SERVE_DRAFT_PLAN -> Stage.DRAFTING;
            case AssessmentSteps.CONSULT_SCHOOL -> Stage.CONSULTING_SCHOOL;
            case AssessmentSteps.ISSUE_FINAL_PLAN -> Stage.FINALISING;
            default -> null; // advice tasks run beside the main steps and leave the stage alone
        });
    }

    private AdviceRequest adviceFor(DelegateTask task) {
        Long id = ((Number) task.getVariable(AssessmentSteps.VAR_ADVICE_REQUEST_ID)).longValue();
        return adviceRequests.findById(id).orElseThrow(() -> new IllegalStateException("no advice request " + id));
    }
}
