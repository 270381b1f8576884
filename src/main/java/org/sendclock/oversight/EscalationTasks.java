package org.sendclock.oversight;

import java.time.Clock;
import java.util.Map;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.engine.NewTask;
import org.sendclock.engine.NewTasks;
import org.sendclock.engine.TaskSetup;
import org.springframework.stereotype.Component;

/**
 * Links each "Acknowledge the escalation" task to the escalation {@link BreachRegister} recorded just before the
 * model threw it (same transaction), and names the task after it. A throw with no fresh record (a clock firing again
 * after a correction) still gets a record, so every task has one to acknowledge. The model's
 * {@code escalationTaskListener} (engine's {@code TaskListeners}) asks here for each such task it creates.
 */
@Component("escalationTasks")
class EscalationTasks implements NewTasks {

    private final CaseRepository cases;
    private final EscalationRepository escalations;
    private final Clock clock;

    EscalationTasks(CaseRepository cases, EscalationRepository escalations, Clock clock) {
        this.cases = cases;
        this.escalations = escalations;
        this.clock = clock;
    }

    @Override
    public TaskSetup created(NewTask task) {
        AssessmentCase assessment = cases.require(task.caseRef());
        Escalation escalation = escalations.findFirstByCaseIdAndTaskIdIsNullOrderByIdDesc(assessment.getId())
                .orElseGet(() -> escalations.save(new Escalation(assessment.getId(), Escalation.Kind.BREACH, null,
                        null, "A clock of case " + assessment.getCaseRef() + " was escalated", clock.instant())));
        escalation.askedBy(task.taskId());
        return new TaskSetup("Acknowledge: " + escalation.getDescription(), null, null, null,
                Map.of("escalationId", escalation.getId()));
    }
}
