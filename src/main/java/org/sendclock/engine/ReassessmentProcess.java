package org.sendclock.engine;

import static org.sendclock.assessment.AssessmentSteps.VAR_ADVICE_REQUEST_ID;
import static org.sendclock.assessment.AssessmentSteps.VAR_CASE_REF;
import static org.sendclock.reassessment.ReassessmentSteps.AWAIT_ADVICE;
import static org.sendclock.reassessment.ReassessmentSteps.MESSAGE_ADVICE_REQUESTED;
import static org.sendclock.reassessment.ReassessmentSteps.MESSAGE_PLAN_CEASED;
import static org.sendclock.reassessment.ReassessmentSteps.PROCESS_KEY;
import static org.sendclock.reassessment.ReassessmentSteps.VAR_REASSESSMENT_ID;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Every call the application makes to the engine about a re-assessment (bpmn/ehc-reassessment.bpmn): one instance per
 * re-assessment, the case reference its business key and the reassessment's id its {@code reassessmentId} variable,
 * so that the calls never touch the case's assessment or review processes.
 */
@Component
public class ReassessmentProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;

    public ReassessmentProcess(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public String start(String caseRef, long reassessmentId) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, caseRef,
                Map.of(VAR_CASE_REF, caseRef, VAR_REASSESSMENT_ID, reassessmentId)).getId();
    }

    public boolean isRunning(String caseRef, long reassessmentId) {
        return instances(caseRef, reassessmentId).count() > 0;
    }

    /** The re-assessment's open task of this step, if it is at it. */
    public Optional<OpenStep> openTask(String caseRef, long reassessmentId, String taskKey) {
        return tasksOf(caseRef, reassessmentId).taskDefinitionKey(taskKey).list().stream().findFirst()
                .map(AssessmentProcess::step);
    }

    /** Every open task of the re-assessment, soonest due first (the managers' escalations included). */
    public List<OpenStep> openTasks(String caseRef, long reassessmentId) {
        return tasksOf(caseRef, reassessmentId).orderByDueDate().asc().list().stream().map(AssessmentProcess::step)
                .toList();
    }

    public void complete(OpenStep task, Map<String, Object> variables) {
        tasks.complete(task.id(), variables);
    }

    /** Starts one advice request's own six weeks (an instance of the re-assessment's "Advice request" subprocess). */
    public void startAdviceClock(String caseRef, long reassessmentId, long adviceRequestId) {
        runtime.createMessageCorrelation(MESSAGE_ADVICE_REQUESTED).processInstanceBusinessKey(caseRef)
                .processInstanceVariableEquals(VAR_REASSESSMENT_ID, reassessmentId)
                .setVariableLocal(VAR_ADVICE_REQUEST_ID, adviceRequestId).correlateWithResult();
    }

    /** The open "await advice" task of one advice request of the re-assessment, if its clock is still running. */
    public Optional<OpenStep> adviceTask(String caseRef, long reassessmentId, long adviceRequestId) {
        return tasksOf(caseRef, reassessmentId).taskDefinitionKey(AWAIT_ADVICE).list().stream()
                .filter(task -> Objects.equals(longOf(tasks.getVariable(task.getId(), VAR_ADVICE_REQUEST_ID)),
                        adviceRequestId))
                .findFirst().map(AssessmentProcess::step);
    }

    /** The model's element ids the re-assessment's process is at now. */
    public List<String> activeSteps(String caseRef, long reassessmentId) {
        return instances(caseRef, reassessmentId).list().stream()
                .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream()).distinct().toList();
    }

    /** Ends the re-assessment's process where it stands: the plan ceased. */
    public void planCeased(String caseRef, long reassessmentId) {
        if (isRunning(caseRef, reassessmentId)) {
            runtime.createMessageCorrelation(MESSAGE_PLAN_CEASED).processInstanceBusinessKey(caseRef)
                    .processInstanceVariableEquals(VAR_REASSESSMENT_ID, reassessmentId).correlateAllWithResult();
        }
    }

    private TaskQuery tasksOf(String caseRef, long reassessmentId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .processVariableValueEquals(VAR_REASSESSMENT_ID, reassessmentId);
    }

    private ProcessInstanceQuery instances(String caseRef, long reassessmentId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).variableValueEquals(VAR_REASSESSMENT_ID, reassessmentId);
    }

    private static Long longOf(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
