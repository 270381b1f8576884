package org.sendclock.engine;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The engine's task lists for caseworkers (the {@code tasks} package's {@code MyWork}): open tasks by assignee or
 * team, who may take them, and taking, giving back and passing on, all in {@link OpenStep}s and plain values.
 */
@Component
public class TaskList {

    private final TaskService tasks;
    private final RuntimeService runtime;

    public TaskList(TaskService tasks, RuntimeService runtime) {
        this.tasks = tasks;
        this.runtime = runtime;
    }

    /** Open tasks of the process with one of {@code taskKeys}, assigned to {@code user}. */
    public List<OpenStep> assignedTo(String processKey, String[] taskKeys, String user) {
        return steps(query(processKey, taskKeys).taskAssignee(user));
    }

    /** Open tasks nobody has taken that one of {@code groups} may take. */
    public List<OpenStep> unassignedFor(String processKey, String[] taskKeys, Collection<String> groups) {
        return steps(query(processKey, taskKeys).taskUnassigned().taskCandidateGroupIn(List.copyOf(groups)));
    }

    /** Open tasks nobody has taken and no group is a candidate for. */
    public List<OpenStep> unassignedOfNoGroup(String processKey, String[] taskKeys) {
        return steps(query(processKey, taskKeys).taskUnassigned().withoutCandidateGroups());
    }

    /** The business key (the case reference) of each of these process instances that is still running. */
    public Map<String, String> businessKeys(Set<String> processInstanceIds) {
        return processInstanceIds.isEmpty() ? Map.of()
                : runtime.createProcessInstanceQuery().processInstanceIds(processInstanceIds).list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    public String businessKey(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    /** The open task with this id; empty when it is done or never existed. */
    public Optional<OpenStep> task(String taskId) {
        return Optional.ofNullable(tasks.createTaskQuery().taskId(taskId).singleResult())
                .map(AssessmentProcess::step);
    }

    /** The groups that may take the task (a case's team). */
    public Set<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).collect(Collectors.toSet());
    }

    public void claim(String taskId, String user) {
        tasks.claim(taskId, user);
    }

    /** Gives the task to {@code user}, or back to its groups when {@code user} is null. */
    public void setAssignee(String taskId, String user) {
        tasks.setAssignee(taskId, user);
    }

    private TaskQuery query(String processKey, String[] taskKeys) {
        return tasks.createTaskQuery().processDefinitionKey(processKey).taskDefinitionKeyIn(taskKeys);
    }

    private static List<OpenStep> steps(TaskQuery query) {
        return query.list().stream().map(AssessmentProcess::step).toList();
    }
}
