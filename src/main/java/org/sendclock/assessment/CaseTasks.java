package org.sendclock.assessment;

import org.sendclock.clock.ClockSettings;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Stage;
import org.sendclock.engine.NewTask;
import org.sendclock.engine.NewTasks;
import org.sendclock.engine.TaskSetup;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Component;

/**
 * Gives every new task of the assessment its caseworker, team and statutory due date, moves the case to the task's
 * stage, and names advice tasks after the provider, so a task list reads "Await health advice (Northshire ICB)".
 * The model's {@code caseTaskListener} (engine's {@code TaskListeners}) asks here for each task it creates.
 */
@Component("caseTasks")
public class CaseTasks implements NewTasks {

    private static final int ENGINE_ID_LENGTH = 255;

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final TaskDueDates dueDates;
    private final ClockSettings settings;
    private final Teams teams;

    public CaseTasks(CaseRepository cases, AdviceRequestRepository adviceRequests, TaskDueDates dueDates,
                     ClockSettings settings, Teams teams) {
        this.teams = teams;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.dueDates = dueDates;
        this.settings = settings;
    }

    @Override
    public TaskSetup created(NewTask task) {
        AssessmentCase assessment = cases.require(task.caseRef());
        String taskKey = task.taskKey();
        AdviceRequest advice = null;
        String name = null;
        if (TaskDueDates.isAdviceTask(taskKey)) {
            advice = adviceFor(task);
            String verb = AssessmentSteps.AWAIT_ADVICE.equals(taskKey) ? "Await " : "Chase ";
            name = verb + advice.describe();
        }
        // An imported case's caseworker and team are free text from the previous system. A caseworker who cannot
        // sign in here would hold the task where nobody sees it: it goes to the team's unassigned list instead. The
        // engine holds 255 characters at most, and a longer team name is no group anyway.
        String assignee = assessment.getCaseworker() != null && teams.canSignIn(assessment.getCaseworker())
                ? assessment.getCaseworker() : null;
        String team = assessment.getTeam() != null && assessment.getTeam().length() <= ENGINE_ID_LENGTH
                ? assessment.getTeam() : null;
        stageOf(taskKey).ifPresent(assessment::moveTo);
        LocalDate due = dueDates.dueFor(taskKey, assessment, advice);
        return new TaskSetup(name, assignee, team, settings.taskDueAt(due), Map.of());
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

    private AdviceRequest adviceFor(NewTask task) {
        Long id = task.adviceRequestId();
        if (id == null) {
            throw new IllegalStateException("advice task " + task.taskId() + " has no advice request");
        }
        return adviceRequests.findById(id).orElseThrow(() -> new IllegalStateException("no advice request " + id));
    }
}
