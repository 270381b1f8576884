package org.sendclock.clock;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.ExceptionRecord;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The clock register: every statutory clock of every case, held once. Each command that records or corrects a fact
 * calls {@link #update} in its own transaction, so the clocks always say what the facts say; the engine's timers read
 * their dates from here, and every page and measure reads the standing from here.
 */
@Component
@Transactional
public class ClockRegister {

    private final StatutoryClockRepository clocks;
    private final ExceptionRecordRepository exceptions;
    private final StatutoryCalendar calendar;
    private final ClockSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final NewClockRows newRows;

    public ClockRegister(StatutoryClockRepository clocks, ExceptionRecordRepository exceptions,
                         StatutoryCalendar calendar, ClockSettings settings, ApplicationEventPublisher events,
                         Clock clock, NewClockRows newRows) {
        this.newRows = newRows;
        this.clocks = clocks;
        this.exceptions = exceptions;
        this.calendar = calendar;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Brings the case's clocks into line with its facts: new clocks written, changed ones updated (each change
     * published as {@link ClockChanged}), clocks the facts no longer give removed.
     */
    public List<StatutoryClock> update(AssessmentCase assessment, List<AdviceFacts> advice) {
        boolean exceptionApplies = settings.exceptionNeedsManagerAgreement()
                ? exceptions.existsCountingByCaseId(assessment.getId()) : exceptions.existsByCaseId(assessment.getId());
        return update(assessment, ClockRules.of(assessment, advice, exceptionApplies, calendar, settings),
                assessmentClocks(clocks.findByCaseIdOrderByIdAsc(assessment.getId())));
    }

    /**
     * Brings the plan's clocks of a case into line with its plan (null: the case has no plan), as {@link #update} does
     * for the assessment's. Each capability writes its own clocks: neither touches the other's rows.
     */
    public List<StatutoryClock> updatePlan(AssessmentCase assessment, PlanFacts plan) {
        return update(assessment, ClockRules.ofPlan(plan, calendar, settings),
                clocks.findByCaseIdOrderByIdAsc(assessment.getId()).stream().filter(ClockRegister::isPlanClock)
                        .toList());
    }

    /**
     * Brings the six-week clocks of the advice asked for one review cycle into line with those requests (ADR 29); the
     * plan's other clocks and the assessment's advice are left as they are.
     */
    public List<StatutoryClock> updateReviewAdvice(AssessmentCase assessment, long reviewId, List<AdviceFacts> advice) {
        return update(assessment, ClockRules.ofReviewAdvice(reviewId, advice, calendar, settings),
                clocks.findByCaseIdOrderByIdAsc(assessment.getId()).stream()
                        .filter(k -> k.getClock() == Deadline.ADVICE && Long.valueOf(reviewId).equals(k.getReviewId()))
                        .toList());
    }

    /**
     * Brings one re-assessment's clocks (its decision, its plan and its advice) into line with its facts, as {@link
     * #update} does for the assessment's: only the rows carrying its id are touched.
     */
    public List<StatutoryClock> updateReassessment(AssessmentCase assessment, ReassessmentFacts reassessment) {
        Long id = reassessment.reassessmentId();
        return update(assessment, ClockRules.ofReassessment(reassessment, calendar, settings),
                clocks.findByCaseIdOrderByIdAsc(assessment.getId()).stream()
                        .filter(k -> id.equals(k.getReassessmentId())).toList());
    }

    /** One clock of one re-assessment (its advice clocks are asked for by advice request). */
    @Transactional(readOnly = true)
    public java.util.Optional<StatutoryClock> ofReassessment(Long caseId, long reassessmentId, Deadline which) {
        return clocks.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(k -> k.getClock() == which && k.getAdviceRequestId() == null
                        && Long.valueOf(reassessmentId).equals(k.getReassessmentId())).findFirst();
    }

    /**
     * A clock the plan's facts give: not the assessment's, not a review's advice (its requests give those), not a
     * re-assessment's.
     */
    private static boolean isPlanClock(StatutoryClock k) {
        return !k.isAssessment() && k.getAdviceRequestId() == null && k.getReassessmentId() == null;
    }

    /**
     * {@link #updatePlan} for many cases at once (an import), their held clocks read in one query and their new clocks
     * inserted in JDBC batches, not as entities (ADR 32): the caller must have flushed the rows they name (cases, review
     * cycles) and does not read the new clocks back as entities in its persistence context.
     */
    public void updatePlans(Map<AssessmentCase, PlanFacts> plans) {
        if (plans.isEmpty()) {
            return;
        }
        Map<Long, List<StatutoryClock>> held = of(plans.keySet().stream().map(AssessmentCase::getId).toList());
        List<StatutoryClock> added = new ArrayList<>();
        plans.forEach((assessment, plan) -> update(assessment, ClockRules.ofPlan(plan, calendar, settings),
                held.getOrDefault(assessment.getId(), List.of()).stream().filter(ClockRegister::isPlanClock)
                        .toList(), added));
        newRows.insert(added);
    }

    private static List<StatutoryClock> assessmentClocks(List<StatutoryClock> held) {
        return held.stream().filter(StatutoryClock::isAssessment).toList();
    }

    /**
     * {@link #update} for many cases at once (an import): the same derivation for each case, with the held clocks and
     * the exceptions of all of them read in one query each rather than two per case.
     */
    public void update(Map<AssessmentCase, List<AdviceFacts>> adviceByCase) {
        if (adviceByCase.isEmpty()) {
            return;
        }
        List<Long> ids = adviceByCase.keySet().stream().map(AssessmentCase::getId).toList();
        Set<Long> withExceptions = exceptions.findByCaseIdIn(ids).stream()
                .filter(e -> !settings.exceptionNeedsManagerAgreement() || e.counts())
                .map(ExceptionRecord::getCaseId).collect(Collectors.toSet());
        Map<Long, List<StatutoryClock>> held = of(ids);
        adviceByCase.forEach((assessment, advice) -> update(assessment,
                ClockRules.of(assessment, advice, withExceptions.contains(assessment.getId()), calendar, settings),
                assessmentClocks(held.getOrDefault(assessment.getId(), List.of()))));
    }

    private List<StatutoryClock> update(AssessmentCase assessment, List<ClockSpec> wanted,
                                        List<StatutoryClock> heldNow) {
        return update(assessment, wanted, heldNow, null);
    }

    /**
     * @param added where the new clocks go to be inserted by the caller (an import's batch); null: each is saved here
     */
    private List<StatutoryClock> update(AssessmentCase assessment, List<ClockSpec> wanted,
                                        List<StatutoryClock> heldNow, List<StatutoryClock> added) {
        List<StatutoryClock> held = new ArrayList<>(heldNow);
        LocalDate today = LocalDate.now(clock);
        List<StatutoryClock> result = new ArrayList<>();
        List<ClockChanged> changes = new ArrayList<>();
        for (ClockSpec spec : wanted) {
            StatutoryClock row = held.stream().filter(h -> h.isFor(spec))
                    .findFirst().orElse(null);
            if (row == null) {
                StatutoryClock k = new StatutoryClock(assessment.getId(), spec, clock.instant());
                if (added == null) {
                    result.add(clocks.save(k));
                } else {
                    added.add(k);
                    result.add(k);
                }
                continue;
            }
            held.remove(row);
            Standing before = row.standingOn(today);
            LocalDate dueBefore = row.getDueDate();
            if (row.apply(spec)) {
                changes.add(new ClockChanged(assessment, row, before, dueBefore));
            }
            result.add(row);
        }
        if (!held.isEmpty()) {
            clocks.deleteAll(held);
        }
        changes.forEach(events::publishEvent);
        return result;
    }

    @Transactional(readOnly = true)
    public List<StatutoryClock> of(Long caseId) {
        return clocks.findByCaseIdOrderByIdAsc(caseId);
    }

    /** Every clock of these cases, by case. */
    @Transactional(readOnly = true)
    public Map<Long, List<StatutoryClock>> of(Collection<Long> caseIds) {
        return caseIds.isEmpty() ? Map.of()
                : clocks.findByCaseIdIn(caseIds).stream().collect(Collectors.groupingBy(StatutoryClock::getCaseId));
    }

    /** A case-wide clock (not advice) of a case. */
    @Transactional(readOnly = true)
    public StatutoryClock require(Long caseId, Deadline which) {
        // By case only, then chosen here: asked for "advice request is null" too, H2 walks the index of advice
        // request ids through every case-wide clock of every case, once per timer (minutes for an import).
        return clocks.findByCaseIdOrderByIdAsc(caseId).stream().filter(k -> k.isFor(which, null)).findFirst()
                .orElseThrow(() -> new IllegalStateException("case " + caseId + " has no " + which + " clock"));
    }

    /** One clock of one review cycle, if the cycle's facts give it yet (the report's once the meeting is held). */
    @Transactional(readOnly = true)
    public java.util.Optional<StatutoryClock> ofReview(Long caseId, long reviewId, Deadline which) {
        return clocks.findByCaseIdOrderByIdAsc(caseId).stream()
                .filter(k -> k.getClock() == which && Long.valueOf(reviewId).equals(k.getReviewId())).findFirst();
    }

    /** The six-week clock of one advice request. */
    @Transactional(readOnly = true)
    public StatutoryClock ofAdvice(long adviceRequestId) {
        return clocks.findByAdviceRequestId(adviceRequestId).orElseThrow(() ->
                new IllegalStateException("advice request " + adviceRequestId + " has no clock"));
    }

    /**
     * Whether the clock's at-risk warning (or advice reminder) for its present due date is still to give, marking it
     * given (ADR 41). A process started again at its step (an import restating a case or a review cycle) sets its
     * warning timer again, and a date already past fires at once: the caseworker has had that warning. A clock re-dated
     * by a fact warns again, for its new date.
     */
    public boolean firstWarning(StatutoryClock row) {
        return clocks.recordWarning(row.getId(), row.getDueDate()) == 1;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
