package org.sendclock.tasks;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.clock.ClockSettings;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.TaskList;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker's list: their open tasks and the ones their team has not yet taken, soonest due first, with what is
 * due, when, and how many days are left. Taking, giving back and passing a task on go on the case's timeline.
 */
@Service
@Transactional
public class MyWork {

    static final int DUE_SOON_DAYS = 7;
    /** The caseworker's steps; a manager's escalations are answered on the oversight page, not here. */
    static final String[] CASEWORK = {DECIDE_WHETHER_TO_ASSESS, REQUEST_ADVICE, AWAIT_ADVICE, CHASE_ADVICE,
            DECIDE_WHETHER_TO_ISSUE_PLAN, SERVE_DRAFT_PLAN, CONSULT_SCHOOL, ISSUE_FINAL_PLAN};

    private final TaskList tasks;
    private final CaseRepository cases;
    private final ClockSettings settings;
    private final Timeline timeline;
    private final Teams teams;
    private final ClockRegister clocks;
    private final Clock clock;

    public MyWork(TaskList tasks, CaseRepository cases, ClockSettings settings, Timeline timeline, Teams teams,
                  ClockRegister clocks, Clock clock) {
        this.clocks = clocks;
        this.tasks = tasks;
        this.cases = cases;
        this.settings = settings;
        this.timeline = timeline;
        this.teams = teams;
        this.clock = clock;
    }

    /**
     * My tasks, my teams' unassigned tasks, and unassigned tasks of cases with no team (nobody else would see
     * them).
     */
    @Transactional(readOnly = true)
    public List<WorkItem> of(String user) {
        Map<String, OpenStep> byId = new LinkedHashMap<>();
        tasks.assignedTo(PROCESS_KEY, CASEWORK, user).forEach(t -> byId.put(t.id(), t));
        Set<String> myTeams = teams.of(user);
        if (!myTeams.isEmpty()) {
            tasks.unassignedFor(PROCESS_KEY, CASEWORK, myTeams).forEach(t -> byId.put(t.id(), t));
        }
        tasks.unassignedOfNoGroup(PROCESS_KEY, CASEWORK).forEach(t -> byId.put(t.id(), t));
        List<OpenStep> open = List.copyOf(byId.values());
        Set<String> instanceIds = open.stream().map(OpenStep::processInstanceId).collect(Collectors.toSet());
        Map<String, String> caseRefs = tasks.businessKeys(instanceIds);
        Map<String, AssessmentCase> byRef = cases.findByCaseRefIn(caseRefs.values()).stream()
                .collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<StatutoryClock>> caseClocks = clocks.of(byRef.values().stream().map(AssessmentCase::getId)
                .toList());
        return open.stream()
                .filter(t -> byRef.containsKey(caseRefs.get(t.processInstanceId())))
                .map(t -> {
                    AssessmentCase c = byRef.get(caseRefs.get(t.processInstanceId()));
                    return item(t, c, caseClocks.getOrDefault(c.getId(), List.of()), today);
                })
                .sorted(Comparator.comparing(WorkItem::due).thenComparing(WorkItem::caseRef))
                .toList();
    }

    public void claim(String user, String taskId) {
        OpenStep task = require(taskId);
        if (task.assignee() != null) {
            throw new StepNotPossible(task.assignee().equals(user) ? "the task is already yours"
                    : "the task was taken by " + task.assignee() + " meanwhile");
        }
        requireMyTeams(user, task);
        tasks.claim(taskId, user);
        timeline.record(caseOf(task), "TASK_CLAIMED", "\"" + task.name() + "\" taken by " + user);
    }

    /** Passes a task of mine, or one my team has not taken, to another caseworker of the case's team. */
    public void passOn(String user, String taskId, String colleague) {
        OpenStep task = require(taskId);
        if (colleague == null || colleague.isBlank()) {
            throw new StepNotPossible("choose the caseworker to pass the task to");
        }
        if (task.assignee() != null && !task.assignee().equals(user)) {
            throw new StepNotPossible("the task is " + task.assignee() + "'s, not yours to pass on");
        }
        if (task.assignee() == null) {
            requireMyTeams(user, task);
        }
        if (!colleaguesFor(user, teamsOf(task)).contains(colleague)) {
            throw new StepNotPossible("a task can be passed only to a caseworker of the case's team, and "
                    + colleague + " is not one");
        }
        tasks.setAssignee(taskId, colleague);
        timeline.record(caseOf(task), "TASK_PASSED_ON", "\"" + task.name() + "\" passed by " + user + " to "
                + colleague);
    }

    public void giveBack(String user, String taskId) {
        OpenStep task = require(taskId);
        if (!user.equals(task.assignee())) {
            throw new StepNotPossible("only the person who has a task can give it back");
        }
        tasks.setAssignee(taskId, null);
        timeline.record(caseOf(task), "TASK_GIVEN_BACK", "\"" + task.name() + "\" given back by " + user
                + " for anyone in the team to take");
    }

    private WorkItem item(OpenStep task, AssessmentCase c, List<StatutoryClock> caseClocks, LocalDate today) {
        LocalDate due = settings.dateOf(task.dueDate().toInstant());
        long left = ChronoUnit.DAYS.between(today, due);
        WorkItem.Rag rag = left < 0 ? WorkItem.Rag.RED
                : left <= DUE_SOON_DAYS || aCaseClockIsAtRisk(caseClocks, today) ? WorkItem.Rag.AMBER
                : WorkItem.Rag.GREEN;
        return new WorkItem(task.id(), c.getCaseRef(), c.getChild().fullName(), task.name(),
                task.key(), clockOf(task.key()), due, left, rag, task.assignee(),
                c.getTeam());
    }

    /**
     * True when a case-wide statutory clock (week 6, 16 or 20) is at risk or overdue in the clock register: then every
     * task of the case matters sooner than its own due date says.
     */
    private static boolean aCaseClockIsAtRisk(List<StatutoryClock> caseClocks, LocalDate today) {
        return caseClocks.stream().anyMatch(k -> k.getAdviceRequestId() == null && k.getClock().isCouncilDuty()
                && k.standingOn(today).needsAttention());
    }

    static WorkItem.Clock clockOf(String taskKey) {
        return switch (taskKey) {
            case DECIDE_WHETHER_TO_ASSESS -> WorkItem.Clock.DECISION;
            case AWAIT_ADVICE, CHASE_ADVICE, REQUEST_ADVICE -> WorkItem.Clock.ADVICE;
            case DECIDE_WHETHER_TO_ISSUE_PLAN -> WorkItem.Clock.PLAN_DECISION;
            default -> WorkItem.Clock.FINAL_PLAN;
        };
    }

    /**
     * The caseworkers I may pass a task of these teams to: those who share one of them with me (any of my colleagues
     * when the case has no team).
     */
    public List<String> colleaguesFor(String user, Set<String> caseTeams) {
        Set<String> mine = teams.of(user);
        return teams.colleaguesOf(user).stream()
                .filter(colleague -> caseTeams.isEmpty() || teams.of(colleague).stream()
                        .anyMatch(t -> caseTeams.contains(t) && mine.contains(t)))
                .toList();
    }

    /** An unassigned task is for its case's team: refused to anyone outside it (a task of no team is anyone's). */
    private void requireMyTeams(String user, OpenStep task) {
        Set<String> caseTeams = teamsOf(task);
        if (!caseTeams.isEmpty() && caseTeams.stream().noneMatch(teams.of(user)::contains)) {
            throw new StepNotPossible("the task belongs to team " + String.join(", ", caseTeams)
                    + ", and you are not in it");
        }
    }

    private Set<String> teamsOf(OpenStep task) {
        return tasks.candidateGroups(task.id());
    }

    private OpenStep require(String taskId) {
        return tasks.task(taskId).orElseThrow(() -> new StepNotPossible("the task is done or no longer exists"));
    }

    private AssessmentCase caseOf(OpenStep task) {
        return cases.require(tasks.businessKey(task.processInstanceId()));
    }
}
