package org.sendclock.engine;

import static org.sendclock.assessment.AssessmentSteps.VAR_ADVICE_REQUEST_ID;
import static org.sendclock.assessment.AssessmentSteps.VAR_CASE_REF;
import static org.sendclock.reassessment.ReassessmentSteps.VAR_REASSESSMENT_ID;
import static org.sendclock.review.ReviewSteps.VAR_REVIEW_ID;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Camunda's task listener, kept thin: it reads the new task into a {@link NewTask}, asks the domain's
 * {@link NewTasks}, and applies the answer to the task (name, assignee, candidate group, due date, local variables).
 */
public class TaskCreatedListener implements TaskListener {

    /** The engine's task name column ({@code ACT_RU_TASK.NAME_}, {@code ACT_HI_TASKINST.NAME_}). */
    static final int NAME_LENGTH = 255;

    private final NewTasks domain;

    public TaskCreatedListener(NewTasks domain) {
        this.domain = domain;
    }

    @Override
    public void notify(DelegateTask task) {
        Object caseRef = task.getVariable(VAR_CASE_REF);
        Object adviceRequestId = task.getVariable(VAR_ADVICE_REQUEST_ID);
        Object reviewId = task.getVariable(VAR_REVIEW_ID);
        Object reassessmentId = task.getVariable(VAR_REASSESSMENT_ID);
        NewTask created = new NewTask(task.getId(), task.getTaskDefinitionKey(),
                caseRef != null ? (String) caseRef : task.getExecution().getProcessBusinessKey(),
                adviceRequestId == null ? null : ((Number) adviceRequestId).longValue(),
                reviewId == null ? null : ((Number) reviewId).longValue(),
                reassessmentId == null ? null : ((Number) reassessmentId).longValue());
        TaskSetup setup = domain.created(created);
        if (setup.name() != null) {
            task.setName(fitted(setup.name()));
        }
        if (setup.assignee() != null) {
            task.setAssignee(setup.assignee());
        }
        if (setup.candidateGroup() != null) {
            task.addCandidateGroup(setup.candidateGroup());
        }
        if (setup.dueDate() != null) {
            task.setDueDate(Date.from(setup.dueDate()));
        }
        setup.localVariables().forEach(task::setVariableLocal);
    }

    /**
     * A name the engine can store: one built from typed text (an escalation's description naming a 200-character
     * provider) is cut short with an ellipsis rather than failing the timer or step that creates the task.
     */
    static String fitted(String name) {
        if (name.length() <= NAME_LENGTH) {
            return name;
        }
        int end = NAME_LENGTH - 1;
        if (Character.isHighSurrogate(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end) + "\u2026";
    }
}
