package org.sendclock.engine;

import java.util.Collection;
import java.util.Date;
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

    /**
     * Which open tasks of a list: the tasks of these processes with one of {@code taskKeys}, either assigned to
     * {@code assignee}, or nobody's and for one of {@code groups}, or nobody's and for no group; with a due date
     * before {@code dueBefore} and on or after {@code dueFrom} when those are set.
     */
    public record Selection(List<String> processKeys, List<String> taskKeys, String assignee, List<String> groups,
                            Date dueFrom, Date dueBefore) {

        public static Selection assignedTo(List<String> processKeys, List<String> taskKeys, String user) {
            return new Selection(processKeys, taskKeys, user, null, null, null);
        }

        public static Selection unassignedFor(List<String> processKeys, List<String> taskKeys,
                                              Collection<String> groups) {
            return new Selection(processKeys, taskKeys, null, List.copyOf(groups), null, null);
        }

        /** Nobody's tasks that no group is a candidate for. */
        public static Selection unassignedOfNoGroup(List<String> processKeys, List<String> taskKeys) {
            return new Selection(processKeys, taskKeys, null, List.of(), null, null);
        }

        public Selection due(Date from, Date before) {
            return new Selection(processKeys, taskKeys, assignee, groups, from, before);
        }
    }

    /** How many open tasks the selection holds: counted by the engine, not loaded. */
    public long count(Selection selection) {
        return query(selection).count();
    }

    /**
     * The first {@code max} open tasks of the selection by due date (soonest first, or latest when
     * {@code latestFirst}), ties by task id so that the order is the same every time.
     */
    public List<OpenStep> byDueDate(Selection selection, boolean latestFirst, int max) {
        TaskQuery query = query(selection).orderByDueDate();
        query = latestFirst ? query.desc() : query.asc();
        query = query.orderByTaskId();
        query = latestFirst ? query.desc() : query.asc();
        return query.listPage(0, max).stream().map(AssessmentProcess::step).toList();
    }

    /** Every open task of the selection. */
    public List<OpenStep> all(Selection selection) {
        return steps(query(selection));
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

    private TaskQuery query(Selection selection) {
        TaskQuery query = tasks.createTaskQuery().processDefinitionKeyIn(selection.processKeys().toArray(String[]::new))
                .taskDefinitionKeyIn(selection.taskKeys().toArray(String[]::new));
        if (selection.assignee() != null) {
            query = query.taskAssignee(selection.assignee());
        } else if (selection.groups().isEmpty()) {
            query = query.taskUnassigned().withoutCandidateGroups();
        } else {
            query = query.taskUnassigned().taskCandidateGroupIn(selection.groups());
        }
        if (selection.dueFrom() != null) {
            // The engine's dueAfter is strictly after: a millisecond earlier makes it "on or after".
            query = query.dueAfter(new Date(selection.dueFrom().getTime() - 1));
        }
        if (selection.dueBefore() != null) {
            query = query.dueBefore(selection.dueBefore());
        }
        return query;
    }

    private static List<OpenStep> steps(TaskQuery query) {
        return query.list().stream().map(AssessmentProcess::step).toList();
    }
}
