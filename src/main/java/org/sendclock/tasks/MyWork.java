package org.sendclock.tasks;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendclock.clock.ClockSettings;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.Paging;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.engine.TaskList;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.review.ReviewSteps;
import org.sendclock.security.Teams;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A caseworker's list: their open tasks and the ones their team has not yet taken, a page at a time, soonest due first
 * (or by case), one row per task, with what is due, when, and how many days are left. Taking, giving back and passing a task on go on the case's timeline.
 */
@Service
@Transactional
public class MyWork {

    static final int DUE_SOON_DAYS = 7;
    /**
     * The caseworker's steps; a manager's escalations are answered on the oversight page, not here. Chasing overdue
     * advice is not a row of its own: it is an action on the advice's "Await advice" row ({@link WorkItem#adviceToChase}).
     * The advice asked for a review meeting is awaited as the assessment's is, one row per request (ADR 29).
     */
    static final List<String> CASEWORK = Stream.of(Stream.of(DECIDE_WHETHER_TO_ASSESS,
            REQUEST_ADVICE, AWAIT_ADVICE, DECIDE_WHETHER_TO_ISSUE_PLAN, SERVE_DRAFT_PLAN, CONSULT_SCHOOL,
            ISSUE_FINAL_PLAN), ReviewSteps.casework().stream(), Stream.of(ReviewSteps.AWAIT_REVIEW_ADVICE),
            ReassessmentSteps.casework().stream()).flatMap(s -> s).toList();
    /** The assessment's, every plan review cycle's and every re-assessment's tasks are on one list. */
    static final List<String> PROCESSES = List.of(PROCESS_KEY, ReviewSteps.PROCESS_KEY, ReassessmentSteps.PROCESS_KEY);

    private final TaskList tasks;
    private final CaseRepository cases;
    private final ClockSettings settings;
    private final Timeline timeline;
    private final Teams teams;
    private final ClockRegister clocks;
    private final Clock clock;
    private final AssessmentProcess process;
    private final ReviewProcess reviewProcess;
    private final AnnualReviewRepository reviews;

    public MyWork(TaskList tasks, CaseRepository cases, ClockSettings settings, Timeline timeline, Teams teams,
                  ClockRegister clocks, Clock clock, AssessmentProcess process, ReviewProcess reviewProcess,
                  AnnualReviewRepository reviews) {
        this.process = process;
        this.reviewProcess = reviewProcess;
        this.reviews = reviews;
        this.clocks = clocks;
        this.tasks = tasks;
        this.cases = cases;
        this.settings = settings;
        this.timeline = timeline;
        this.teams = teams;
        this.clock = clock;
    }

    /** The steps My work lists, in the model's order. */
    public static List<String> steps() {
        return CASEWORK;
    }

    /** Everything on my list (my tasks and the unassigned ones I may take), soonest due first. */
    @Transactional(readOnly = true)
    public List<WorkItem> of(String user) {
        return page(user, WorkQuery.EVERYTHING).items();
    }

    /**
     * One page of my list: my tasks and, unless {@code onlyMine}, my teams' unassigned tasks and unassigned tasks of
     * cases with no team (nobody else would see them). The engine counts, orders by due date and cuts the page; only
     * the page's rows are read from the case record and the clock register.
     */
    @Transactional(readOnly = true)
    public WorkPage page(String user, WorkQuery query) {
        LocalDate today = LocalDate.now(clock);
        List<TaskList.Selection> everything = selections(user, query.onlyMine(), CASEWORK);
        List<String> keys = CASEWORK.stream()
                .filter(k -> query.taskKey() == null || k.equals(query.taskKey()))
                .filter(k -> query.clock() == null || clockOf(k) == query.clock()).toList();
        List<TaskList.Selection> shown = keys.isEmpty() ? List.of() : selections(user, query.onlyMine(), keys);
        Date startOfToday = Date.from(today.atStartOfDay(settings.zone()).toInstant());
        Date aWeekOn = Date.from(today.plusDays(DUE_SOON_DAYS + 1).atStartOfDay(settings.zone()).toInstant());
        long overdue = everything.stream().mapToLong(s -> tasks.count(s.due(null, startOfToday))).sum();
        long dueThisWeek = everything.stream().mapToLong(s -> tasks.count(s.due(startOfToday, aWeekOn))).sum();
        Map<TaskList.Selection, Long> sizes = everything.stream().collect(Collectors.toMap(s -> s, tasks::count));
        long unassigned = everything.stream().filter(s -> s.assignee() == null).mapToLong(sizes::get).sum();
        // Without a step or clock chosen the rows are the whole list, already counted.
        long total = keys.equals(CASEWORK) ? sizes.values().stream().mapToLong(Long::longValue).sum()
                : shown.stream().mapToLong(tasks::count).sum();

        Paging paging = query.paging();
        List<OpenStep> onPage;
        Map<String, String> caseRefs;
        if (query.order() == WorkQuery.Order.DUE) {
            // Each list's first (offset + size) by due date hold the page's rows; merged, the page is cut from them.
            int enough = (int) Math.min(Integer.MAX_VALUE, paging.offset() + paging.size());
            Comparator<OpenStep> byDue = Comparator.comparing(OpenStep::dueDate).thenComparing(OpenStep::id);
            onPage = shown.stream().flatMap(s -> tasks.byDueDate(s, query.descending(), enough).stream())
                    .sorted(query.descending() ? byDue.reversed() : byDue)
                    .skip(paging.offset()).limit(paging.size()).toList();
            caseRefs = tasks.businessKeys(onPage.stream().map(OpenStep::processInstanceId)
                    .collect(Collectors.toSet()));
        } else {
            // The engine cannot order tasks by their case reference: the list is read whole (a caseworker's list is
            // short) and ordered here.
            List<OpenStep> all = shown.stream().flatMap(s -> tasks.all(s).stream()).toList();
            caseRefs = tasks.businessKeys(all.stream().map(OpenStep::processInstanceId).collect(Collectors.toSet()));
            Map<String, String> refs = caseRefs;
            Comparator<OpenStep> byCase = Comparator.comparing((OpenStep t) -> refs.getOrDefault(
                    t.processInstanceId(), "")).thenComparing(OpenStep::dueDate).thenComparing(OpenStep::id);
            onPage = all.stream().sorted(query.descending() ? byCase.reversed() : byCase)
                    .skip(paging.offset()).limit(paging.size()).toList();
        }
        Map<String, AssessmentCase> byRef = cases.findByCaseRefIn(onPage.stream()
                        .map(t -> caseRefs.get(t.processInstanceId())).filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
        Map<Long, List<StatutoryClock>> caseClocks = clocks.of(byRef.values().stream().map(AssessmentCase::getId)
                .toList());
        List<WorkItem> items = onPage.stream()
                .filter(t -> byRef.containsKey(caseRefs.get(t.processInstanceId())))
                .map(t -> {
                    AssessmentCase c = byRef.get(caseRefs.get(t.processInstanceId()));
                    return item(t, c, caseClocks.getOrDefault(c.getId(), List.of()), today);
                })
                .toList();
        return new WorkPage(items, total, overdue, dueThisWeek, unassigned, paging.page(), paging.size(),
                paging.pagesFor(total), query);
    }

    /** My tasks, and unless only mine, the unassigned ones of my teams and of no team: three lists that never meet. */
    private List<TaskList.Selection> selections(String user, boolean onlyMine, List<String> keys) {
        List<TaskList.Selection> selections = new ArrayList<>();
        selections.add(TaskList.Selection.assignedTo(PROCESSES, keys, user));
        if (!onlyMine) {
            Set<String> myTeams = teams.of(user);
            if (!myTeams.isEmpty()) {
                selections.add(TaskList.Selection.unassignedFor(PROCESSES, keys, myTeams));
            }
            selections.add(TaskList.Selection.unassignedOfNoGroup(PROCESSES, keys));
        }
        return selections;
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
                c.getTeam(), left < 0 ? adviceToChase(task, c) : null, reviewAwaitingAdvice(task));
    }

    /** The cycle of an "Await advice for the review" row, whose advice is recorded in that review's part of the case. */
    private Integer reviewAwaitingAdvice(OpenStep task) {
        if (!ReviewSteps.AWAIT_REVIEW_ADVICE.equals(task.key())) {
            return null;
        }
        Long reviewId = reviewProcess.reviewIdOf(task);
        return reviewId == null ? null : reviews.findById(reviewId).map(AnnualReview::getCycle).orElse(null);
    }

    /** The advice request of an overdue "Await advice" task whose chase is still to be recorded; null otherwise. */
    private Long adviceToChase(OpenStep task, AssessmentCase c) {
        if (!AWAIT_ADVICE.equals(task.key())) {
            return null;
        }
        Long adviceRequestId = process.adviceRequestIdOf(task);
        return adviceRequestId != null && process.chaseTask(c.getCaseRef(), adviceRequestId).isPresent()
                ? adviceRequestId : null;
    }

    /**
     * True when a case-wide statutory clock (week 6, 16 or 20) is at risk or overdue in the clock register: then every
     * task of the case matters sooner than its own due date says.
     */
    private static boolean aCaseClockIsAtRisk(List<StatutoryClock> caseClocks, LocalDate today) {
        return caseClocks.stream().anyMatch(k -> k.getAdviceRequestId() == null && k.getClock().isCouncilDuty() && k.getClock().isAssessment()
                && k.standingOn(today).needsAttention());
    }

    static WorkItem.Clock clockOf(String taskKey) {
        return switch (taskKey) {
            case DECIDE_WHETHER_TO_ASSESS -> WorkItem.Clock.DECISION;
            case AWAIT_ADVICE, REQUEST_ADVICE -> WorkItem.Clock.ADVICE;
            case DECIDE_WHETHER_TO_ISSUE_PLAN -> WorkItem.Clock.PLAN_DECISION;
            default -> ReviewSteps.casework().contains(taskKey) || ReviewSteps.AWAIT_REVIEW_ADVICE.equals(taskKey)
                    ? WorkItem.Clock.REVIEW
                    : ReassessmentSteps.casework().contains(taskKey) ? WorkItem.Clock.REASSESSMENT
                    : WorkItem.Clock.FINAL_PLAN;
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
