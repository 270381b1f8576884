package org.sendclock.engine;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.sendclock.security.Role;
import org.springframework.stereotype.Component;

/**
 * Every call the application makes to the process engine, in one place: the case reference is the business key.
 * Keeping Camunda behind this class keeps a later move to Operaton mechanical.
 */
@Component
public class AssessmentProcess {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final EngineBatch batch;

    public AssessmentProcess(RuntimeService runtime, TaskService tasks, ManagementService management,
                             EngineBatch batch) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.batch = batch;
    }

    public String start(String caseRef) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(PROCESS_KEY, caseRef, Map.of(VAR_CASE_REF, caseRef));
        return instance.getId();
    }

    /**
     * Ends the case's running process, if any, without its listeners: used when the case record is restated from
     * elsewhere (the import) and the process is rebuilt from it.
     */
    public void stop(String caseRef, String reason) {
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).list()) {
            ProcessStopWatch.productStopping(() -> {
                runtime.deleteProcessInstance(instance.getId(), reason, true, true);
                return null;
            });
        }
    }

    /** As {@link #stop(String, String)} for a batch of cases, with one query for the batch rather than one per case. */
    public void stop(Collection<String> caseRefs, String reason) {
        for (ProcessInstance instance : batch.runningOf(PROCESS_KEY, caseRefs)) {
            ProcessStopWatch.productStopping(() -> {
                runtime.deleteProcessInstance(instance.getId(), reason, true, true);
                return null;
            });
        }
    }

    /**
     * Starts the case's process at a step part-way through, as if the steps before it were done: the scopes around
     * the step are entered with their clocks (boundary timers, event subprocesses), the clocks of the steps skipped
     * are never created. For cases brought in from another system.
     */
    public String startAt(String caseRef, String activityId) {
        return runtime.createProcessInstanceByKey(PROCESS_KEY).businessKey(caseRef)
                .setVariable(VAR_CASE_REF, caseRef).startBeforeActivity(activityId).execute().getId();
    }

    /** As {@link #startAdviceClock}, by process instance id: no lookup by business key. */
    public void startAdviceClockIn(String processInstanceId, long adviceRequestId) {
        runtime.createMessageCorrelation(MESSAGE_ADVICE_REQUESTED).processInstanceId(processInstanceId)
                .setVariableLocal(VAR_ADVICE_REQUEST_ID, adviceRequestId).correlateWithResult();
    }

    /** The ids of the model's elements the case's process is at now (tasks, waiting events, their scopes). */
    public List<String> activeSteps(String caseRef) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).list().stream()
                .flatMap(instance -> runtime.getActiveActivityIds(instance.getId()).stream()).distinct().toList();
    }

    public boolean isRunning(String caseRef) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(caseRef).count() > 0;
    }

    public Optional<OpenStep> openTask(String caseRef, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseRef).taskDefinitionKey(taskKey).list()
                .stream().findFirst().map(AssessmentProcess::step);
    }

    /** The assessment's open tasks (a plan's review cycle has its own: {@link ReviewProcess}). */
    public List<OpenStep> openTasks(String caseRef) {
        return assessmentTasks(caseRef).stream().map(AssessmentProcess::step).toList();
    }

    private List<Task> assessmentTasks(String caseRef) {
        return tasks.createTaskQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(caseRef)
                .orderByDueDate().asc().list();
    }

    /**
     * Every open task of the case, its assessment's and its plan's review cycles' alike: a case changing hands or
     * teams takes all of them along.
     */
    private List<Task> engineTasks(String caseRef) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseRef).orderByDueDate().asc().list();
    }

    static OpenStep step(Task task) {
        return new OpenStep(task.getId(), task.getTaskDefinitionKey(), task.getName(), task.getDueDate(),
                task.getAssignee(), task.getProcessInstanceId());
    }

    public void complete(OpenStep task, Map<String, Object> variables) {
        tasks.complete(task.id(), variables);
    }

    /**
     * Gives the case's open tasks that had an assignee (the caseworker's, not the managers') to {@code assignee}; with
     * {@code alsoUnassigned}, the caseworker's tasks nobody had too (a case whose caseworker could not sign in, as an
     * import leaves them, has its tasks on the team's list), never the managers' (their group is "manager").
     */
    public int reassignTasks(String caseRef, String assignee, boolean alsoUnassigned) {
        int moved = 0;
        for (Task task : engineTasks(caseRef)) {
            if (task.getAssignee() != null || (alsoUnassigned && tasks.getIdentityLinksForTask(task.getId()).stream()
                    .noneMatch(link -> IdentityLinkType.CANDIDATE.equals(link.getType())
                            && Role.MANAGER.camundaGroup().equals(link.getGroupId())))) {
                tasks.setAssignee(task.getId(), assignee);
                moved++;
            }
        }
        return moved;
    }

    /**
     * Moves the case's open tasks from one team's list to another's: the candidate group is how a team sees the
     * tasks nobody has taken. A case without a team had tasks with no candidate group; the managers' escalation
     * tasks have theirs ("manager") and keep it.
     */
    public void moveTasksToTeam(String caseRef, String fromTeam, String toTeam) {
        for (Task task : engineTasks(caseRef)) {
            Set<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).collect(Collectors.toSet());
            if (fromTeam == null ? !groups.isEmpty() : !groups.contains(fromTeam)) {
                continue;
            }
            if (fromTeam != null) {
                tasks.deleteCandidateGroup(task.getId(), fromTeam);
            }
            if (toTeam != null) {
                tasks.addCandidateGroup(task.getId(), toTeam);
            }
        }
    }

    /** Completes a task known by its id, if it is still open (its scope may have ended since). */
    public boolean completeIfOpen(String taskId) {
        if (taskId == null || tasks.createTaskQuery().taskId(taskId).count() == 0) {
            return false;
        }
        tasks.complete(taskId);
        return true;
    }

    public void complete(OpenStep task) {
        tasks.complete(task.id());
    }

    /**
     * True when the process listens for this message now. Asked of the subscription, not the activity, because behind
     * an event-based gateway the token waits at the gateway.
     */
    public boolean isWaitingFor(String caseRef, String message) {
        return runtime.createExecutionQuery().processInstanceBusinessKey(caseRef).messageEventSubscriptionName(message)
                .count() > 0;
    }

    public void correlate(String caseRef, String message) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(caseRef).correlateWithResult();
    }

    /** Starts one advice request's own six-week clock (an instance of the "Advice request" event subprocess). */
    public void startAdviceClock(String caseRef, long adviceRequestId) {
        runtime.createMessageCorrelation(MESSAGE_ADVICE_REQUESTED).processInstanceBusinessKey(caseRef)
                .setVariableLocal(VAR_ADVICE_REQUEST_ID, adviceRequestId).correlateWithResult();
    }

    /** The open "await advice" task of one advice request, if its clock is still running. */
    public Optional<OpenStep> adviceTask(String caseRef, long adviceRequestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseRef).taskDefinitionKey(AWAIT_ADVICE).list()
                .stream().map(AssessmentProcess::step)
                .filter(task -> Objects.equals(adviceRequestIdOf(task), adviceRequestId))
                .findFirst();
    }

    /** The open "chase advice" task of one advice request, if its breach has been recorded and it is not done. */
    public Optional<OpenStep> chaseTask(String caseRef, long adviceRequestId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseRef).taskDefinitionKey(CHASE_ADVICE).list()
                .stream().map(AssessmentProcess::step)
                .filter(task -> Objects.equals(adviceRequestIdOf(task), adviceRequestId))
                .findFirst();
    }

    public Long adviceRequestIdOf(OpenStep task) {
        Object id = tasks.getVariable(task.id(), VAR_ADVICE_REQUEST_ID);
        return id == null ? null : ((Number) id).longValue();
    }

    /**
     * Re-reads every pending timer's date from the case record (the timers' expressions ask {@code caseClocks}), and
     * gives every open task with a due date the one {@code dueDate} computes for it (a manager's escalation task
     * has none). A timer now in the past fires at once.
     */
    public void moveClocks(String caseRef, String processInstanceId, Function<OpenStep, Date> dueDate) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers().list()) {
            management.recalculateJobDuedate(job.getId(), false);
        }
        for (Task task : assessmentTasks(caseRef)) {
            if (task.getDueDate() == null) {
                continue;
            }
            task.setDueDate(dueDate.apply(step(task)));
            tasks.saveTask(task);
        }
    }
}
