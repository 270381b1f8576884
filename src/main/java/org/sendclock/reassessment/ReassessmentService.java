package org.sendclock.reassessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.ReassessmentAdviceChanged;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReassessmentProcess;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanCeased;
import org.sendclock.plan.PlanRepository;
import org.sendclock.reassessment.Reassessment.Decision;
import org.sendclock.reassessment.ReassessmentsView.LastAssessment;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a re-assessment of a child's plan (regs 27-28, ADR 27). Each checks its input (every wrong field named
 * at once, nothing written), records the fact, rewrites the re-assessment's clocks in the register, says it on the
 * case timeline and moves its process on, in one transaction. Advice for it is the assessment's advice request: asked
 * for here, then received, excused or withdrawn through the advice commands, which tell this package.
 */
@Service
@Transactional
public class ReassessmentService {

    private final CaseRepository cases;
    private final PlanRepository plans;
    private final ReassessmentRepository reassessments;
    private final AdviceRequestRepository adviceRequests;
    private final ClockRegister clocks;
    private final StatutoryCalendar calendar;
    private final ReassessmentProcess process;
    private final Timeline timeline;
    private final SixMonthRule sixMonthRule;
    private final Clock clock;

    public ReassessmentService(CaseRepository cases, PlanRepository plans, ReassessmentRepository reassessments,
                               AdviceRequestRepository adviceRequests, ClockRegister clocks,
                               StatutoryCalendar calendar, ReassessmentProcess process, Timeline timeline,
                               SixMonthRule sixMonthRule, Clock clock) {
        this.sixMonthRule = sixMonthRule;
        this.cases = cases;
        this.plans = plans;
        this.reassessments = reassessments;
        this.adviceRequests = adviceRequests;
        this.clocks = clocks;
        this.calendar = calendar;
        this.process = process;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Records a request for a re-assessment (or the council's own decision to consider one) on a case with a live
     * plan, with its clocks and its process. One at a time: a re-assessment still open must be concluded first.
     */
    public Reassessment request(String caseRef, ReassessmentCommands.Request command) {
        AssessmentCase assessment = cases.require(caseRef);
        Plan plan = plans.findByCaseId(assessment.getId()).orElse(null);
        List<Reassessment> held = reassessments.findByCaseIdOrderByNumberAsc(assessment.getId());
        Reassessment open = held.stream().filter(Reassessment::isOpen).findFirst().orElse(null);
        new InvalidRequest.Collector()
                .rejectIf(plan == null, "caseRef", "case " + caseRef + " has no plan to reassess: a child without"
                        + " one is assessed (POST /api/cases)")
                .rejectIf(plan != null && plan.isCeased(), "caseRef", "the plan of case " + caseRef + " ceased on "
                        + (plan == null ? "" : DateText.of(plan.getCeasedDate())))
                .rejectIf(open != null, "caseRef", open == null ? null : "re-assessment " + open.getNumber()
                        + " of case " + caseRef + ", requested " + DateText.of(open.getRequestDate())
                        + ", is still open: conclude it first")
                .notInFuture("requestDate", command.requestDate(), today())
                .notBefore("requestDate", command.requestDate(), plan == null ? null : plan.getStartDate(),
                        "the plan's start")
                .throwIfAny();
        Reassessment r = reassessments.save(new Reassessment(plan, held.size() + 1, command.requestDate(),
                command.requestedBy(), clock.instant()));
        updateClocks(assessment, r, plan);
        LastAssessment last = sixMonthRule.before(plan, held, r.getNumber());
        timeline.record(assessment, "REASSESSMENT_REQUESTED", "Re-assessment " + r.getNumber() + " requested by "
                + words(command.requestedBy()) + " on " + DateText.of(command.requestDate()) + "; decision due "
                + DateText.of(calendar.reassessmentDecisionDue(command.requestDate())) + ", plan due "
                + DateText.of(calendar.reassessmentPlanDue(command.requestDate()))
                + (SixMonthRule.applies(last, command.requestedBy(), command.requestDate())
                ? "; the six-month rule applies (the last assessment: " + SixMonthRule.words(last)
                + "): the council may refuse it unless it thinks a re-assessment necessary" : ""));
        process.start(caseRef, r.getId());
        return r;
    }

    /** The decision whether to reassess, as notified; not reassessing concludes the re-assessment. */
    public Reassessment decide(String caseRef, int number, ReassessmentCommands.Decide command) {
        Held h = held(caseRef, number);
        Reassessment r = h.reassessment();
        LastAssessment last = sixMonthRule.before(h.plan(), reassessments.findByCaseIdOrderByNumberAsc(
                h.assessment().getId()), number);
        boolean underRule = command.refusedUnderSixMonthRule();
        new InvalidRequest.Collector()
                .notInFuture("notifiedDate", command.notifiedDate(), today())
                .notBefore("notifiedDate", command.notifiedDate(), r.getRequestDate(), "the request")
                .rejectIf(underRule && command.decision() == Decision.REASSESS, "underSixMonthRule",
                        "only a decision not to reassess can rely on the six-month rule")
                .rejectIf(underRule && r.getRequestedBy() == Reassessment.RequestedBy.COUNCIL, "underSixMonthRule",
                        "the six-month rule is for refusing a request: re-assessment " + number
                                + " was the council's own decision")
                .rejectIf(underRule && r.getRequestedBy() != Reassessment.RequestedBy.COUNCIL
                        && !SixMonthRule.applies(last, r.getRequestedBy(), r.getRequestDate()), "underSixMonthRule",
                        "the six-month rule does not apply: the request of " + DateText.of(r.getRequestDate())
                                + " came six months or more after the last assessment (" + SixMonthRule.words(last)
                                + ")")
                .throwIfAny();
        OpenStep task = requireTask(h, ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS, r.getDecision() == null
                ? "re-assessment " + number + " is not waiting for its decision"
                : "re-assessment " + number + " was decided on " + DateText.of(r.getDecisionDate()));
        r.decide(command.decision(), command.notifiedDate(), underRule);
        updateClocks(h.assessment(), r, h.plan());
        boolean reassess = command.decision() == Decision.REASSESS;
        timeline.record(h.assessment(), "REASSESSMENT_DECIDED", "Re-assessment " + number + ": decided "
                + (reassess ? "to reassess" : "not to reassess") + (underRule ? " under the six-month rule (the last"
                + " assessment: " + SixMonthRule.words(last) + ")" : "") + ", notified "
                + DateText.of(command.notifiedDate())
                + lateNote(h, Deadline.REASSESSMENT_DECISION)
                + (reassess ? "; plan due " + DateText.of(calendar.reassessmentPlanDue(r.getRequestDate())) : ""));
        process.complete(task, Map.of(ReassessmentSteps.VAR_DECISION, command.decision().name()));
        return r;
    }

    /** Advice asked for the re-assessment (regs 6-8 as for an assessment): its own six weeks and its own task. */
    public AdviceRequest requestAdvice(String caseRef, int number, RequestAdvice command) {
        Held h = held(caseRef, number);
        Reassessment r = h.reassessment();
        new InvalidRequest.Collector()
                .notInFuture("requestedDate", command.requestedDate(), today())
                .notBefore("requestedDate", command.requestedDate(), r.getDecisionDate(), "the decision to reassess")
                .throwIfAny();
        requireTask(h, ReassessmentSteps.ISSUE_OUTCOME, !r.isReassessing()
                ? "re-assessment " + number + " has not been decided on to reassess"
                : "re-assessment " + number + " was concluded on " + DateText.of(r.getOutcomeDate()));
        AdviceRequest advice = adviceRequests.save(AdviceRequest.forReassessment(h.assessment().getId(), r.getId(),
                command.adviceType(), Text.blankToNull(command.provider()), command.requestedDate(),
                calendar.adviceDue(command.requestedDate())));
        updateClocks(h.assessment(), r, h.plan());
        timeline.record(h.assessment(), "ADVICE_REQUESTED", "Re-assessment " + number + ": requested "
                + advice.describe() + " on " + DateText.of(advice.getRequestedDate()) + "; due "
                + DateText.of(advice.getDueDate()));
        process.startAdviceClock(caseRef, r.getId(), advice.getId());
        return advice;
    }

    /** The amended plan issued, or notice that it will not be amended: once every advice request is answered. */
    public Reassessment conclude(String caseRef, int number, ReassessmentCommands.Conclude command) {
        Held h = held(caseRef, number);
        Reassessment r = h.reassessment();
        List<AdviceRequest> advice = adviceRequests.findByReassessmentIdOrderByRequestedDateAscIdAsc(r.getId());
        LocalDate lastAnswered = advice.stream()
                .map(a -> Stream.of(a.getReceivedDate(), a.getExcusedDate(), a.getWithdrawnDate())
                        .filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null))
                .filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        new InvalidRequest.Collector()
                .notInFuture("outcomeDate", command.outcomeDate(), today())
                .notBefore("outcomeDate", command.outcomeDate(), r.getDecisionDate(), "the decision to reassess")
                .notBefore("outcomeDate", command.outcomeDate(), lastAnswered, "the last advice was answered")
                .throwIfAny();
        OpenStep task = requireTask(h, ReassessmentSteps.ISSUE_OUTCOME, !r.isReassessing()
                ? "re-assessment " + number + " has not been decided on to reassess"
                : "re-assessment " + number + " was concluded on " + DateText.of(r.getOutcomeDate()));
        List<AdviceRequest> outstanding = advice.stream().filter(a -> a.getStatus().isOutstanding()).toList();
        if (!outstanding.isEmpty()) {
            throw new StepNotPossible("advice is still outstanding: " + outstanding.stream()
                    .map(a -> a.describe() + " due " + DateText.of(a.getDueDate())).collect(Collectors.joining("; "))
                    + ". Record it as received, excused or withdrawn first");
        }
        r.conclude(command.outcome(), command.outcomeDate());
        updateClocks(h.assessment(), r, h.plan());
        timeline.record(h.assessment(), "REASSESSMENT_CONCLUDED", "Re-assessment " + number + ": "
                + (command.outcome() == Reassessment.Outcome.AMENDED ? "amended plan issued "
                : "family told the plan will not be amended ") + DateText.of(command.outcomeDate())
                + lateNote(h, Deadline.REASSESSMENT_PLAN));
        process.complete(task, Map.of());
        return r;
    }

    /** Advice for a re-assessment changed: its clocks follow; once answered its six weeks' task ends. */
    @EventListener
    void adviceChanged(ReassessmentAdviceChanged changed) {
        AssessmentCase assessment = changed.assessment();
        Reassessment r = reassessments.findById(changed.advice().getReassessmentId()).orElseThrow();
        Plan plan = plans.findById(r.getPlanId()).orElseThrow();
        updateClocks(assessment, r, plan);
        if (changed.answered()) {
            process.adviceTask(assessment.getCaseRef(), r.getId(), changed.advice().getId())
                    .ifPresent(task -> process.complete(task, Map.of()));
        }
    }

    /** The plan ceased: every open re-assessment's clocks end that day, and its process where it stands. */
    @EventListener
    void planCeased(PlanCeased ceased) {
        AssessmentCase assessment = ceased.assessment();
        for (Reassessment r : reassessments.findByCaseIdOrderByNumberAsc(assessment.getId())) {
            updateClocks(assessment, r, ceased.plan());
            process.planCeased(assessment.getCaseRef(), r.getId());
        }
    }

    private void updateClocks(AssessmentCase assessment, Reassessment r, Plan plan) {
        clocks.updateReassessment(assessment, r.facts(adviceRequests
                .findByReassessmentIdOrderByRequestedDateAscIdAsc(r.getId()).stream()
                .map(AdviceRequest::clockFacts).toList(), plan.getCeasedDate()));
    }

    private Held held(String caseRef, int number) {
        AssessmentCase assessment = cases.require(caseRef);
        Reassessment r = reassessments.findByCaseIdOrderByNumberAsc(assessment.getId()).stream()
                .filter(x -> x.getNumber() == number).findFirst().orElseThrow(() ->
                        new CaseNotFound("case " + caseRef + " has no re-assessment " + number));
        Plan plan = plans.findById(r.getPlanId()).orElseThrow();
        return new Held(assessment, plan, r);
    }

    private OpenStep requireTask(Held h, String taskKey, String whyNot) {
        if (h.plan().isCeased()) {
            throw new StepNotPossible("the plan of case " + h.assessment().getCaseRef() + " ceased on "
                    + DateText.of(h.plan().getCeasedDate()));
        }
        return process.openTask(h.assessment().getCaseRef(), h.reassessment().getId(), taskKey)
                .orElseThrow(() -> new StepNotPossible(whyNot));
    }

    /** " (late: due 3 May 2027)" when the step was done after its clock's due date. */
    private String lateNote(Held h, Deadline which) {
        return clocks.ofReassessment(h.assessment().getId(), h.reassessment().getId(), which)
                .filter(k -> k.getDoneDate() != null && k.getDoneDate().isAfter(k.getDueDate()))
                .map(StatutoryClock::getDueDate).map(due -> " (late: due " + DateText.of(due) + ")").orElse("");
    }

    /** Who asked, as the timeline and the case page say it. */
    public static String words(Reassessment.RequestedBy by) {
        return switch (by) {
            case PARENT -> "the parent";
            case YOUNG_PERSON -> "the young person";
            case SCHOOL -> "the school or college";
            case COUNCIL -> "the council";
        };
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private record Held(AssessmentCase assessment, Plan plan, Reassessment reassessment) {
    }
}
