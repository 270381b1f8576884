package org.sendclock.oversight;

import java.time.Clock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.springframework.stereotype.Component;

/**
 * Links each "Acknowledge the escalation" task to the escalation {@link BreachRegister} recorded just before the
 * model threw it (same transaction), and names the task after it. A throw with no fresh record (a clock firing again
 * after a correction) still gets a record, so every task has one to acknowledge.
 */
@Component("escalationTaskListener")
class EscalationTaskListener implements TaskListener {

    private final CaseRepository cases;
    private final EscalationRepository escalations;
    private final Clock clock;

    EscalationTaskListener(CaseRepository cases, EscalationRepository escalations, Clock clock) {
        this.cases = cases;
        this.escalations = escalations;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateTask task) {
        AssessmentCase assessment = cases.require(task.getExecution().getProcessBusinessKey());
        Escalation escalation = escalations.findFirstByCaseIdAndTaskIdIsNullOrderByIdDesc(assessment.getId())
                .orElseGet(() -> escalations.save(new Escalation(assessment.getId(), Escalation.Kind.BREACH, null,
                        null, "A clock of case " + assessment.getCaseRef() + " was escalated", clock.instant())));
        escalation.askedBy(task.getId());
        task.setName("Acknowledge: " + escalation.getDescription());
        task.setVariableLocal("escalationId", escalation.getId());
    }
}
