package org.sendclock.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.NativeTaskQuery;
import org.springframework.stereotype.Component;

/**
 * The engine's task lists for caseworkers (the {@code tasks} package's {@code MyWork}): open tasks by assignee or
 * team, who may take them, and taking, giving back and passing on, all in {@link OpenStep}s and plain values.
 * <p>
 * The lists are native queries over the engine's tables (ADR 40), so that each starts from what makes it short: the
 * assignee, the team's candidate links, or the cases with no team. The engine's own task query starts every list of
 * nobody's tasks from all of them, and a county holds twenty thousand.
 */
@Component
public class TaskList {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final String taskTable;
    private final String linkTable;
    private final String executionTable;
    private final String definitionTable;

    public TaskList(TaskService tasks, RuntimeService runtime, ManagementService management) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.taskTable = management.getTableName(TaskEntity.class);
        this.linkTable = management.getTableName(IdentityLinkEntity.class);
        this.executionTable = management.getTableName(ExecutionEntity.class);
        this.definitionTable = management.getTableName(ProcessDefinitionEntity.class);
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
        return selectsNothing(selection) ? 0 : query(selection, "count(*)", "").count();
    }

    /**
     * The first {@code max} open tasks of the selection by due date (soonest first, or latest when
     * {@code latestFirst}), ties by task id so that the order is the same every time.
     */
    public List<OpenStep> byDueDate(Selection selection, boolean latestFirst, int max) {
        if (selectsNothing(selection)) {
            return List.of();
        }
        String direction = latestFirst ? " desc" : " asc";
        return query(selection, "RES.*", " order by RES.DUE_DATE_" + direction + ", RES.ID_" + direction)
                .listPage(0, max).stream().map(AssessmentProcess::step).toList();
    }

    /** Every open task of the selection. */
    public List<OpenStep> all(Selection selection) {
        return selectsNothing(selection) ? List.of()
                : query(selection, "RES.*", "").list().stream().map(AssessmentProcess::step).toList();
    }

    /** The business key (the case reference) of each of these process instances that is still running. */
    public Map<String, String> businessKeys(Set<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return Map.of();
        }
        // By the executions' primary key: the engine's own query by ids is planned on the index of every process
        // instance (PARENT_ID_ is null) on H2.
        Map<String, Object> parameters = new LinkedHashMap<>();
        String sql = "select RES.* from " + executionTable + " RES where RES.ID_ in ("
                + placeholders("id", processInstanceIds, parameters) + ") and RES.ID_ = RES.PROC_INST_ID_";
        return withParameters(runtime.createNativeProcessInstanceQuery().sql(sql), parameters).list().stream()
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

    /**
     * The selection as one native query: {@code select} what of the open tasks {@code RES}, then {@code orderBy}.
     * Nobody's tasks of a team are found from the team's candidate links. A task's candidate group is its case's team
     * (set as the task is created, moved when the case moves team), so nobody's tasks of no group are looked for
     * among the processes of the cases with no team; a missing link cannot be found from an index.
     */
    private NativeTaskQuery query(Selection selection, String select, String orderBy) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        StringBuilder sql = new StringBuilder("select ").append(select).append(" from ").append(taskTable)
                .append(" RES where ");
        if (selection.assignee() != null) {
            sql.append("RES.ASSIGNEE_ = #{assignee}");
            parameters.put("assignee", selection.assignee());
        } else if (selection.groups().isEmpty()) {
            sql.append("RES.ASSIGNEE_ is null and RES.PROC_INST_ID_ in (select E.ID_ from ").append(executionTable)
                    .append(" E where E.BUSINESS_KEY_ in (select C.case_ref from assessment_case C")
                    .append(" where C.team is null) and E.ID_ = E.PROC_INST_ID_) and not exists (select 1 from ")
                    .append(linkTable).append(" I where I.TASK_ID_ = RES.ID_ and I.TYPE_ = 'candidate'")
                    .append(" and I.GROUP_ID_ is not null)");
        } else {
            sql.append("RES.ASSIGNEE_ is null and RES.ID_ in (select I.TASK_ID_ from ").append(linkTable)
                    .append(" I where I.GROUP_ID_ in (").append(placeholders("group", selection.groups(), parameters))
                    .append(") and I.TYPE_ = 'candidate')");
        }
        sql.append(" and RES.TASK_DEF_KEY_ in (").append(placeholders("taskKey", selection.taskKeys(), parameters))
                .append(") and RES.PROC_DEF_ID_ in (select D.ID_ from ").append(definitionTable)
                .append(" D where D.KEY_ in (").append(placeholders("processKey", selection.processKeys(), parameters))
                .append("))");
        if (selection.dueFrom() != null) {
            sql.append(" and RES.DUE_DATE_ >= #{dueFrom}");
            parameters.put("dueFrom", selection.dueFrom());
        }
        if (selection.dueBefore() != null) {
            sql.append(" and RES.DUE_DATE_ < #{dueBefore}");
            parameters.put("dueBefore", selection.dueBefore());
        }
        return withParameters(tasks.createNativeTaskQuery().sql(sql.append(orderBy).toString()), parameters);
    }

    private static <Q extends NativeQuery<Q, ?>> Q withParameters(Q query, Map<String, Object> parameters) {
        for (Map.Entry<String, Object> parameter : parameters.entrySet()) {
            query = query.parameter(parameter.getKey(), parameter.getValue());
        }
        return query;
    }

    /** No step or no process chosen: no task, and no query ({@code in ()} is not SQL). */
    private static boolean selectsNothing(Selection selection) {
        return selection.taskKeys().isEmpty() || selection.processKeys().isEmpty();
    }

    /** {@code #{name0}, #{name1}, ...}, one for each value, each value kept in {@code parameters} under its name. */
    private static String placeholders(String name, Collection<String> values, Map<String, Object> parameters) {
        List<String> names = new ArrayList<>();
        for (String value : values) {
            String parameter = name + names.size();
            parameters.put(parameter, value);
            names.add("#{" + parameter + "}");
        }
        return String.join(", ", names);
    }
}
