package org.sendclock.engine;

import static org.sendclock.assessment.AssessmentSteps.VAR_CASE_REF;
import static org.sendclock.review.ReviewSteps.AWAIT_REVIEW_ADVICE;
import static org.sendclock.review.ReviewSteps.MESSAGE_PLAN_CEASED;
import static org.sendclock.review.ReviewSteps.MESSAGE_REVIEW_ADVICE_REQUESTED;
import static org.sendclock.review.ReviewSteps.VAR_ADVICE_REQUEST_ID;
import static org.sendclock.review.ReviewSteps.PROCESS_KEY;
import static org.sendclock.review.ReviewSteps.VAR_REVIEW_ID;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Date;
import java.util.function.Function;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Every call the application makes to the engine about a plan's review cycles (bpmn/ehc-annual-review.bpmn): one
 * instance per cycle, the case reference its business key and the cycle's id its {@code reviewId} variable. A case may
 * have two at once (an amended plan still to issue while the next cycle runs), so every call names the cycle.
 */
@Component
public class ReviewProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final EngineBatch batch;

    public ReviewProcess(RuntimeService runtime, TaskService tasks, ManagementService management, EngineBatch batch) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.batch = batch;
    }

    /** Starts the cycle's process at its beginning (arranging the meeting). */
    public String start(String caseRef, long reviewId) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, caseRef, variables(caseRef, reviewId)).getId();
    }

    /**
     * Starts the cycle's process at a step part-way through, as if the steps before it were done: the scopes around
     * it are entered with their clocks, those of the steps skipped are never created. For cycles brought in.
     *
     * @param extra variables the step's path needs (the decision, for a step after it)
     */
    public String startAt(String caseRef, long reviewId, List<String> activityIds, Map<String, Object> extra) {
        Map<String, Object> variables = new HashMap<>(variables(caseRef, reviewId));
        variables.putAll(extra);
        var builder = runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(caseRef).setVariables(variables);
        for (String activityId : activityIds) {
            builder = builder.startBeforeActivity(activityId);
        }
        return builder.execute().getId();
    }

    public boolean isRunning(String caseRef, long reviewId) {
        return instances(caseRef, reviewId).count() > 0;
    }

    /** Ends the cycle's process without its listeners: its facts were restated from elsewhere (an import). */
    public void stop(String caseRef, long reviewId, String reason) {
        for (ProcessInstance instance : instances(caseRef, reviewId).list()) {
            ProcessStopWatch.productStopping(() -> {
                runtime.deleteProcessInstance(instance.getId(), reason, true, true);
                return null;
            });
        }
    }

    /**
     * As {@link #stop(String, long, String)} for a batch of cycles ({@code caseRefs}: each cycle's case reference by
     * its id), with two queries for the batch rather than one per cycle: a catch-up's cycles are mostly new, with no
     * process to stop.
     */
    public void stop(Map<Long, String> caseRefs, String reason) {
        List<ProcessInstance> ofTheCases = batch.runningOf(PROCESS_KEY, new java.util.HashSet<>(caseRefs.values()));
        if (ofTheCases.isEmpty()) {
            return;
        }
        Map<String, ProcessInstance> byId = new HashMap<>();
        ofTheCases.forEach(instance -> byId.put(instance.getId(), instance));
        List<String> stopping = runtime.createVariableInstanceQuery().variableName(VAR_REVIEW_ID)
                .processInstanceIdIn(byId.keySet().toArray(String[]::new)).list().stream()
                // The process's own variable, as the query by cycle matches it; the cycle of that case.
                .filter(v -> v.getProcessInstanceId().equals(v.getExecutionId()) && v.getValue() instanceof Number id
                        && byId.get(v.getProcessInstanceId()).getBusinessKey().equals(caseRefs.get(id.longValue())))
                .map(v -> v.getProcessInstanceId()).distinct().toList();
        for (String instanceId : stopping) {
            ProcessStopWatch.productStopping(() -> {
                runtime.deleteProcessInstance(instanceId, reason, true, true);
                return null;
            });
        }
    }

    /** The cycle's open task of this step, if the cycle is at it. */
    public Optional<OpenStep> openTask(String caseRef, long reviewId, String taskKey) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .processVariableValueEquals(VAR_REVIEW_ID, reviewId).taskDefinitionKey(taskKey).list().stream()
                .findFirst().map(AssessmentProcess::step);
    }

    /** The open tasks of every review cycle of the case, by cycle id, soonest due first. */
    public Map<Long, List<OpenStep>> openTasks(String caseRef) {
        List<Task> open = tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .orderByDueDate().asc().list();
        Map<String, Long> reviewOf = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).list()) {
            Object id = runtime.getVariable(instance.getId(), VAR_REVIEW_ID);
            if (id != null) {
                reviewOf.put(instance.getId(), ((Number) id).longValue());
            }
        }
        Map<Long, List<OpenStep>> byReview = new LinkedHashMap<>();
        for (Task task : open) {
            Long reviewId = reviewOf.get(task.getProcessInstanceId());
            if (reviewId != null) {
                byReview.computeIfAbsent(reviewId, k -> new java.util.ArrayList<>()).add(AssessmentProcess.step(task));
            }
        }
        return byReview;
    }

    public void complete(OpenStep task, Map<String, Object> variables) {
        tasks.complete(task.id(), variables);
    }

    /** The model's element ids the cycle's process is at now. */
    public List<String> activeSteps(String caseRef, long reviewId) {
        return instances(caseRef, reviewId).list().stream()
                .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream()).distinct().toList();
    }

    /**
     * Re-reads every pending timer of the cycle from the register (a rearranged meeting moved its clocks) and gives
     * each open task of the cycle the due date {@code dueDate} computes for it.
     */
    public void moveClocks(String caseRef, long reviewId, Function<OpenStep, Date> dueDate) {
        for (ProcessInstance instance : instances(caseRef, reviewId).list()) {
            for (Job job : management.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
                management.recalculateJobDuedate(job.getId(), false);
            }
        }
        for (Task task : tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .processVariableValueEquals(VAR_REVIEW_ID, reviewId).list()) {
            task.setDueDate(dueDate.apply(AssessmentProcess.step(task)));
            tasks.saveTask(task);
        }
    }

    /** Whether the cycle's process can start an advice request's clock now (its meeting is being prepared). */
    public boolean gathersAdvice(String caseRef, long reviewId) {
        return instances(caseRef, reviewId).list().stream().anyMatch(instance -> runtime.createExecutionQuery()
                .processInstanceId(instance.getId()).messageEventSubscriptionName(MESSAGE_REVIEW_ADVICE_REQUESTED)
                .count() > 0);
    }

    /** Starts the six-week clock of one advice request asked for the cycle's review (ADR 29). */
    public void startAdviceClock(String caseRef, long reviewId, long adviceRequestId) {
        for (ProcessInstance instance : instances(caseRef, reviewId).list()) {
            if (runtime.createExecutionQuery().processInstanceId(instance.getId())
                    .messageEventSubscriptionName(MESSAGE_REVIEW_ADVICE_REQUESTED).count() > 0) {
                runtime.createMessageCorrelation(MESSAGE_REVIEW_ADVICE_REQUESTED).processInstanceId(instance.getId())
                        .setVariableLocal(VAR_ADVICE_REQUEST_ID, adviceRequestId).correlateWithResult();
                return;
            }
        }
        throw new IllegalStateException("review " + reviewId + " of case " + caseRef + " is not gathering advice");
    }

    /** The open "await advice" task of one advice request of the cycle, while its clock runs. */
    public Optional<OpenStep> adviceTask(String caseRef, long reviewId, long adviceRequestId) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .processVariableValueEquals(VAR_REVIEW_ID, reviewId).taskDefinitionKey(AWAIT_REVIEW_ADVICE).list()
                .stream().filter(task -> {
                    Object id = tasks.getVariable(task.getId(), VAR_ADVICE_REQUEST_ID);
                    return id != null && ((Number) id).longValue() == adviceRequestId;
                }).findFirst().map(AssessmentProcess::step);
    }

    /** The review cycle a task of the review model belongs to (its process's {@code reviewId}). */
    public Long reviewIdOf(OpenStep task) {
        Object id = runtime.getVariable(task.processInstanceId(), VAR_REVIEW_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    /** Ends every review cycle of the case still running, where it stands: the plan ceased. */
    public void planCeased(String caseRef) {
        if (runtime.createExecutionQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .messageEventSubscriptionName(MESSAGE_PLAN_CEASED).count() > 0) {
            runtime.createMessageCorrelation(MESSAGE_PLAN_CEASED).processInstanceBusinessKey(caseRef)
                    .correlateAllWithResult();
        }
    }

    private ProcessInstanceQuery instances(String caseRef, long reviewId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).variableValueEquals(VAR_REVIEW_ID, reviewId);
    }

    private static Map<String, Object> variables(String caseRef, long reviewId) {
        return Map.of(VAR_CASE_REF, caseRef, VAR_REVIEW_ID, reviewId);
    }
}
