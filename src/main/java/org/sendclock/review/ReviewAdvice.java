package org.sendclock.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.sendclock.advice.AdviceChecks;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceCommands.WithdrawAdvice;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanCeased;
import org.sendclock.plan.PlanRepository;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Advice gathered for a review meeting (reg 20(4), ADR 29): the assessment's advice requests and six-week clocks, the
 * request keyed by its review cycle and its clock a row of the plan's in the register, started in the cycle's process.
 * Asked for while the cycle prepares its meeting; answered as the assessment's are (received, excused under reg 8(2),
 * withdrawn). What is still outstanding when the review is decided, or the plan ceases, is withdrawn then.
 */
@Service
@Transactional
public class ReviewAdvice {

    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final AdviceRequestRepository adviceRequests;
    private final StatutoryCalendar calendar;
    private final ClockRegister clocks;
    private final ReviewProcess process;
    private final Timeline timeline;
    private final Clock clock;

    public ReviewAdvice(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews,
                        AdviceRequestRepository adviceRequests, StatutoryCalendar calendar, ClockRegister clocks,
                        ReviewProcess process, Timeline timeline, Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.adviceRequests = adviceRequests;
        this.calendar = calendar;
        this.clocks = clocks;
        this.process = process;
        this.timeline = timeline;
        this.clock = clock;
    }

    public AdviceRequest request(String caseRef, int cycle, RequestAdvice command) {
        Cycle c = Cycle.find(cases, plans, reviews, caseRef, cycle);
        new InvalidRequest.Collector()
                .notInFuture("requestedDate", command.requestedDate(), today())
                .notBefore("requestedDate", command.requestedDate(), c.start(), "the review cycle began")
                .throwIfAny();
        c.requireLive();
        AnnualReview review = c.review();
        if (process.openTask(caseRef, review.getId(), ReviewSteps.CIRCULATE_ADVICE).isEmpty()) {
            throw new StepNotPossible("advice for review " + cycle + " is asked for while its meeting is prepared: "
                    + (review.getAdviceCirculatedDate() != null ? "the advice was circulated on "
                    + DateText.of(review.getAdviceCirculatedDate()) : review.isDecided() ? "the review was decided on "
                    + DateText.of(review.getDecisionDate()) : "arrange the meeting first"));
        }
        AdviceRequest advice = adviceRequests.save(AdviceRequest.forReview(c.assessment().getId(), review.getId(),
                command.adviceType(), Text.blankToNull(command.provider()), command.requestedDate(),
                calendar.adviceDue(command.requestedDate())));
        timeline.record(c.assessment(), "REVIEW_ADVICE_REQUESTED", "Review " + cycle + ": requested "
                + advice.describe() + " on " + DateText.of(advice.getRequestedDate()) + "; due "
                + DateText.of(advice.getDueDate()));
        updateClocks(c.assessment(), review);
        process.startAdviceClock(caseRef, review.getId(), advice.getId());
        return advice;
    }

    public AdviceRequest receive(String caseRef, int cycle, long adviceRequestId, ReceiveAdvice command) {
        Cycle c = Cycle.find(cases, plans, reviews, caseRef, cycle);
        AdviceRequest advice = find(c, adviceRequestId);
        AdviceChecks.receive(advice, command, today());
        boolean wasOutstanding = advice.getStatus().isOutstanding();
        if (wasOutstanding) {
            c.requireLive();
        }
        advice.receive(command.receivedDate());
        updateClocks(c.assessment(), c.review());
        String late = clocks.ofAdvice(advice.getId()).standingOn(today()) == Standing.LATE ? " (late)" : "";
        timeline.record(c.assessment(), "REVIEW_ADVICE_RECEIVED", "Review " + cycle + ": received "
                + advice.describe() + " on " + DateText.of(command.receivedDate()) + late);
        if (wasOutstanding) {
            answered(c, advice);
        }
        return advice;
    }

    public AdviceRequest excuse(String caseRef, int cycle, long adviceRequestId, ExcuseAdvice command) {
        Cycle c = Cycle.find(cases, plans, reviews, caseRef, cycle);
        AdviceRequest advice = find(c, adviceRequestId);
        c.requireLive();
        AdviceChecks.requireOutstanding(advice);
        LocalDate excusedDate = AdviceChecks.excuse(advice, command, today());
        advice.excuse(command.reason(), command.note().trim(), excusedDate, command.appointmentDate());
        timeline.record(c.assessment(), "REVIEW_ADVICE_EXCUSED", "Review " + cycle + ": reg 8(2) exception for "
                + advice.describe() + " (" + Text.words(command.reason()) + (command.appointmentDate() == null ? ""
                : ", appointment " + DateText.of(command.appointmentDate())) + ") from " + DateText.of(excusedDate)
                + ": " + command.note().trim());
        updateClocks(c.assessment(), c.review());
        answered(c, advice);
        return advice;
    }

    public AdviceRequest withdraw(String caseRef, int cycle, long adviceRequestId, WithdrawAdvice command) {
        Cycle c = Cycle.find(cases, plans, reviews, caseRef, cycle);
        AdviceRequest advice = find(c, adviceRequestId);
        AdviceChecks.withdraw(advice, command, today());
        c.requireLive();
        AdviceChecks.requireOutstanding(advice);
        advice.withdraw(command.withdrawnDate(), command.reason().trim());
        timeline.record(c.assessment(), "REVIEW_ADVICE_WITHDRAWN", "Review " + cycle + ": withdrew the request for "
                + advice.describe() + " on " + DateText.of(command.withdrawnDate()) + ": " + command.reason().trim());
        updateClocks(c.assessment(), c.review());
        answered(c, advice);
        return advice;
    }

    /** The advice asked for the cycle and not yet received, excused or withdrawn, oldest first. */
    @Transactional(readOnly = true)
    public List<AdviceRequest> outstanding(AnnualReview review) {
        return adviceRequests.findByReviewIdOrderByRequestedDateAscIdAsc(review.getId()).stream()
                .filter(a -> a.getStatus().isOutstanding()).toList();
    }

    /**
     * The review was decided, or the plan ceased: the advice still awaited for the cycle is no longer asked for. Its
     * clocks end that day (or the day it was asked, if later) and its processes' scopes with them, so the cycle can
     * move on.
     */
    void withdrawOutstanding(AssessmentCase assessment, AnnualReview review, LocalDate date, String why) {
        List<AdviceRequest> outstanding = outstanding(review);
        if (outstanding.isEmpty()) {
            return;
        }
        for (AdviceRequest advice : outstanding) {
            advice.withdraw(date.isBefore(advice.getRequestedDate()) ? advice.getRequestedDate() : date, why);
            process.adviceTask(assessment.getCaseRef(), review.getId(), advice.getId())
                    .ifPresent(task -> process.complete(task, java.util.Map.of()));
        }
        updateClocks(assessment, review);
    }

    @EventListener
    void planCeased(PlanCeased ceased) {
        for (AnnualReview review : reviews.findByPlanIdOrderByCycleAsc(ceased.plan().getId())) {
            withdrawOutstanding(ceased.assessment(), review, ceased.plan().getCeasedDate(), "the plan ceased");
        }
    }

    /**
     * After an import wrote these review advice requests (advice.csv, ADR 29) and committed: each still awaited gets
     * its six-week clock in its cycle's process, if the process is preparing the meeting and the request has none yet;
     * each answered has its open "await advice" task, if any, completed. The register already holds their clocks. A
     * request whose cycle has no process gathering advice (one still waiting for the review catch-up) keeps its
     * register clock, which the overdue lists and KPIs read, without the engine's reminders.
     */
    public void putInStepAfterImport(List<Long> adviceRequestIds) {
        for (AdviceRequest advice : adviceRequests.findAllById(adviceRequestIds)) {
            AnnualReview review = reviews.findById(advice.getReviewId()).orElseThrow();
            String caseRef = cases.findById(advice.getCaseId()).orElseThrow().getCaseRef();
            Optional<OpenStep> task = process.adviceTask(caseRef, review.getId(), advice.getId());
            if (!advice.getStatus().isOutstanding()) {
                task.ifPresent(t -> process.complete(t, java.util.Map.of()));
            } else if (task.isEmpty() && process.gathersAdvice(caseRef, review.getId())) {
                process.startAdviceClock(caseRef, review.getId(), advice.getId());
            }
        }
    }

    private void answered(Cycle c, AdviceRequest advice) {
        process.adviceTask(c.assessment().getCaseRef(), c.review().getId(), advice.getId())
                .ifPresent(task -> process.complete(task, java.util.Map.of()));
    }

    private void updateClocks(AssessmentCase assessment, AnnualReview review) {
        clocks.updateReviewAdvice(assessment, review.getId(),
                adviceRequests.findByReviewIdOrderByRequestedDateAscIdAsc(review.getId()).stream()
                        .map(AdviceRequest::clockFacts).toList());
    }

    private AdviceRequest find(Cycle c, long adviceRequestId) {
        return adviceRequests.findById(adviceRequestId).filter(a -> c.review().getId().equals(a.getReviewId()))
                .orElseThrow(() -> new CaseNotFound("review " + c.review().getCycle() + " of case "
                        + c.assessment().getCaseRef() + " has no advice request " + adviceRequestId));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
