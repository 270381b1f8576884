package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.Map;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.engine.NewTask;
import org.sendclock.engine.NewTasks;
import org.sendclock.engine.TaskSetup;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Component;

/**
 * Gives every new task of a re-assessment the case's caseworker and team, as the assessment's and the reviews' tasks
 * get them, and its due date from the re-assessment's clocks: the decision's 15 days, each advice request's six weeks,
 * the plan's 14 weeks. The model's {@code reassessmentTaskListener} (engine's {@code TaskListeners}) asks here.
 */
@Component("reassessmentTasks")
class ReassessmentTasks implements NewTasks {

    private static final int ENGINE_ID_LENGTH = 255;

    private final CaseRepository cases;
    private final ClockRegister clocks;
    private final ClockSettings settings;
    private final Teams teams;

    ReassessmentTasks(CaseRepository cases, ClockRegister clocks, ClockSettings settings, Teams teams) {
        this.cases = cases;
        this.clocks = clocks;
        this.settings = settings;
        this.teams = teams;
    }

    @Override
    public TaskSetup created(NewTask task) {
        AssessmentCase assessment = cases.require(task.caseRef());
        if (task.reassessmentId() == null) {
            throw new IllegalStateException("re-assessment task " + task.taskId() + " has no re-assessment");
        }
        String assignee = assessment.getCaseworker() != null && teams.canSignIn(assessment.getCaseworker())
                ? assessment.getCaseworker() : null;
        String team = assessment.getTeam() != null && assessment.getTeam().length() <= ENGINE_ID_LENGTH
                ? assessment.getTeam() : null;
        return new TaskSetup(null, assignee, team, settings.taskDueAt(dueFor(assessment, task)), Map.of());
    }

    private LocalDate dueFor(AssessmentCase assessment, NewTask task) {
        StatutoryClock clock = switch (task.taskKey()) {
            case ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS -> ofReassessment(assessment, task,
                    Deadline.REASSESSMENT_DECISION);
            case ReassessmentSteps.ISSUE_OUTCOME -> ofReassessment(assessment, task, Deadline.REASSESSMENT_PLAN);
            case ReassessmentSteps.AWAIT_ADVICE -> clocks.ofAdvice(task.adviceRequestId());
            default -> throw new IllegalArgumentException("no due date is defined for re-assessment task "
                    + task.taskKey());
        };
        return clock.getDueDate();
    }

    private StatutoryClock ofReassessment(AssessmentCase assessment, NewTask task, Deadline which) {
        return clocks.ofReassessment(assessment.getId(), task.reassessmentId(), which).orElseThrow(() ->
                new IllegalStateException("re-assessment " + task.reassessmentId() + " has no " + which + " clock"));
    }
}
