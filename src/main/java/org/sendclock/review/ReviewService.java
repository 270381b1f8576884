package org.sendclock.review;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseNotFound;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.Text;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.PhaseTransfers;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.engine.OpenStep;
import org.sendclock.engine.ReviewProcess;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.review.ReviewCommands.ArrangeMeeting;
import org.sendclock.review.ReviewCommands.CirculateAdvice;
import org.sendclock.review.ReviewCommands.ConsultOnCeasing;
import org.sendclock.review.ReviewCommands.Decide;
import org.sendclock.review.ReviewCommands.HoldMeeting;
import org.sendclock.review.ReviewCommands.IssueAmendedPlan;
import org.sendclock.review.ReviewCommands.ReceiveReport;
import org.sendclock.review.ReviewCommands.RecordRepresentations;
import org.sendclock.review.ReviewCommands.SendInvitations;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a plan's review cycle (ADR 23). Each checks its input (every wrong field named at once, nothing
 * written), records the fact on the cycle, rewrites the plan's clocks in the register, says it on the case timeline
 * and completes the cycle's task, in one transaction. A decision to maintain or amend opens the next cycle that day,
 * with its clocks and its process.
 */
@Service
@Transactional
public class ReviewService {

    static final int ARRANGED_BY_LENGTH = 200;

    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final PlanService planService;
    private final ClockRegister clocks;
    private final ReviewProcess process;
    private final ReviewTaskDueDates dueDates;
    private final ReviewAdvice advice;
    private final ClockSettings settings;
    private final Timeline timeline;
    private final Clock clock;

    public ReviewService(CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews,
                         PlanService planService, ClockRegister clocks, ReviewProcess process,
                         ReviewTaskDueDates dueDates, ReviewAdvice advice, ClockSettings settings, Timeline timeline,
                         Clock clock) {
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.planService = planService;
        this.clocks = clocks;
        this.process = process;
        this.dueDates = dueDates;
        this.advice = advice;
        this.settings = settings;
        this.timeline = timeline;
        this.clock = clock;
    }

    /**
     * Arranges the meeting; until it is held, arranging again moves it (and its notice clocks, timers and tasks with
     * it). The meeting's date may be in the future; it may not be before the cycle began.
     */
    public AnnualReview arrangeMeeting(String caseRef, int cycle, ArrangeMeeting command) {
        Cycle c = cycle(caseRef, cycle);
        String arrangedBy = Text.blankToNull(command.arrangedBy());
        new InvalidRequest.Collector()
                .notBefore("meetingDate", command.meetingDate(), c.start(), "the review cycle began")
                .rejectIf(arrangedBy != null && arrangedBy.length() > ARRANGED_BY_LENGTH, "arrangedBy",
                        "must be at most " + ARRANGED_BY_LENGTH + " characters")
                .throwIfAny();
        c.requireLive();
        Optional<OpenStep> task = process.openTask(caseRef, c.review().getId(), ReviewSteps.ARRANGE_MEETING);
        boolean rearranging = task.isEmpty();
        if (rearranging && (c.review().getMeetingDate() == null || c.review().isMeetingHeld()
                || c.review().isDecided())) {
            throw new StepNotPossible(c.review().isMeetingHeld() ? "the meeting of review " + cycle + " was held on "
                    + DateText.of(c.review().getMeetingDate()) : "review " + cycle + " is not at arranging its meeting");
        }
        LocalDate before = c.review().getMeetingDate();
        c.review().arrangeMeeting(command.meetingDate(), arrangedBy);
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), rearranging ? "REVIEW_MEETING_REARRANGED" : "REVIEW_MEETING_ARRANGED",
                "Review " + cycle + ": meeting " + (rearranging ? "moved from " + DateText.of(before) + " to "
                        : "arranged for ") + DateText.of(command.meetingDate())
                        + (arrangedBy == null ? "" : " by " + arrangedBy) + noticeDue(c));
        if (rearranging) {
            List<StatutoryClock> cycleClocks = cycleClocks(c);
            // An advice request's task keeps its six weeks from the request, wherever the meeting moves.
            process.moveClocks(caseRef, c.review().getId(), t -> ReviewSteps.AWAIT_REVIEW_ADVICE.equals(t.key())
                    ? t.dueDate() : Date.from(settings.taskDueAt(dueDates.dueFor(t.key(), c.review(), cycleClocks))));
        } else {
            process.complete(task.get(), Map.of());
        }
        return c.review();
    }

    public AnnualReview sendInvitations(String caseRef, int cycle, SendInvitations command) {
        Cycle c = cycle(caseRef, cycle);
        new InvalidRequest.Collector()
                .notInFuture("sentDate", command.sentDate(), today())
                .notBefore("sentDate", command.sentDate(), c.start(), "the review cycle began")
                .throwIfAny();
        OpenStep task = requireTask(c, ReviewSteps.SEND_INVITATIONS, c.review().getInvitationsSentDate() != null
                ? "the invitations were recorded as sent on " + DateText.of(c.review().getInvitationsSentDate())
                : "arrange the meeting first");
        c.review().recordInvitationsSent(command.sentDate());
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), "REVIEW_INVITATIONS_SENT", "Review " + cycle + ": invitations sent "
                + DateText.of(command.sentDate()) + lateNote(c, Deadline.REVIEW_INVITATIONS));
        process.complete(task, Map.of());
        return c.review();
    }

    public AnnualReview circulateAdvice(String caseRef, int cycle, CirculateAdvice command) {
        Cycle c = cycle(caseRef, cycle);
        new InvalidRequest.Collector()
                .notInFuture("circulatedDate", command.circulatedDate(), today())
                .notBefore("circulatedDate", command.circulatedDate(), c.start(), "the review cycle began")
                .throwIfAny();
        OpenStep task = requireTask(c, ReviewSteps.CIRCULATE_ADVICE, c.review().getAdviceCirculatedDate() != null
                ? "the advice was recorded as circulated on " + DateText.of(c.review().getAdviceCirculatedDate())
                : "arrange the meeting first");
        c.review().recordAdviceCirculated(command.circulatedDate());
        planService.updateClock(c.assessment(), c.plan());
        List<org.sendclock.advice.AdviceRequest> awaited = advice.outstanding(c.review());
        timeline.record(c.assessment(), "REVIEW_ADVICE_CIRCULATED", "Review " + cycle + ": advice circulated "
                + DateText.of(command.circulatedDate()) + lateNote(c, Deadline.REVIEW_ADVICE) + (awaited.isEmpty() ? ""
                : "; still awaited: " + awaited.stream().map(a -> a.describe() + " due " + DateText.of(a.getDueDate()))
                .collect(java.util.stream.Collectors.joining(", "))));
        process.complete(task, Map.of());
        return c.review();
    }

    public AnnualReview holdMeeting(String caseRef, int cycle, HoldMeeting command) {
        Cycle c = cycle(caseRef, cycle);
        new InvalidRequest.Collector()
                .notInFuture("heldDate", command.heldDate(), today())
                .notBefore("heldDate", command.heldDate(), c.start(), "the review cycle began")
                .throwIfAny();
        AnnualReview review = c.review();
        OpenStep task = requireTask(c, ReviewSteps.HOLD_MEETING, review.isMeetingHeld()
                ? "the meeting was held on " + DateText.of(review.getMeetingDate())
                : review.getMeetingDate() == null ? "arrange the meeting first"
                : "record the invitations sent and the advice circulated first");
        review.recordMeetingHeld(command.heldDate());
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), "REVIEW_MEETING_HELD", "Review " + cycle + ": meeting held "
                + DateText.of(command.heldDate()) + "; report due " + due(c, Deadline.REVIEW_REPORT)
                + ", decision due " + due(c, Deadline.REVIEW_DECISION));
        process.complete(task, Map.of());
        return review;
    }

    public AnnualReview receiveReport(String caseRef, int cycle, ReceiveReport command) {
        Cycle c = cycle(caseRef, cycle);
        new InvalidRequest.Collector()
                .notInFuture("receivedDate", command.receivedDate(), today())
                .notBefore("receivedDate", command.receivedDate(), heldOn(c.review()), "the meeting")
                .throwIfAny();
        OpenStep task = requireTask(c, ReviewSteps.RECEIVE_REPORT, c.review().getReportDate() != null
                ? "the report was recorded as received on " + DateText.of(c.review().getReportDate())
                : "record the meeting held first");
        c.review().recordReport(command.receivedDate());
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), "REVIEW_REPORT_RECEIVED", "Review " + cycle + ": report received "
                + DateText.of(command.receivedDate()) + lateNote(c, Deadline.REVIEW_REPORT));
        process.complete(task, Map.of());
        return c.review();
    }

    /**
     * Records the council's decision. Maintain or amend opens the next cycle that day (CFA s44: the next review is
     * within 12 months of this one's decision), with its clocks and its process; cease opens none.
     */
    public AnnualReview decide(String caseRef, int cycle, Decide command) {
        Cycle c = cycle(caseRef, cycle);
        AnnualReview review = c.review();
        boolean amend = command.decision() == ReviewDecision.AMEND;
        boolean phaseTransfer = Boolean.TRUE.equals(command.phaseTransfer());
        LocalDate dateOfBirth = c.assessment().getChild().getDateOfBirth();
        new InvalidRequest.Collector()
                .notInFuture("decisionDate", command.decisionDate(), today())
                .notBefore("decisionDate", command.decisionDate(), heldOn(review), "the meeting")
                .notBefore("decisionDate", command.decisionDate(), review.getReportDate(), "the report was received")
                .rejectIf(!amend && command.amendmentsProposedDate() != null, "amendmentsProposedDate",
                        "only a decision to amend proposes amendments")
                .notInFuture("amendmentsProposedDate", command.amendmentsProposedDate(), today())
                .notBefore("amendmentsProposedDate", command.amendmentsProposedDate(), heldOn(review), "the meeting")
                .rejectIf(phaseTransfer && heldOn(review) != null && PhaseTransfers.inYearOf(heldOn(review),
                        dateOfBirth, settings.infantJuniorTransfers()).isEmpty(), "phaseTransfer",
                        notATransferYear(heldOn(review), dateOfBirth))
                .throwIfAny();
        OpenStep task = requireTask(c, ReviewSteps.DECIDE_AND_NOTIFY, review.isDecided()
                ? "review " + cycle + " was decided on " + DateText.of(review.getDecisionDate())
                : "record the meeting held and the report received first");
        // The review is decided on what advice it had: what is still awaited is no longer asked for (ADR 29).
        advice.withdrawOutstanding(c.assessment(), review, command.decisionDate(), "review " + cycle
                + " was decided without it");
        review.recordDecision(command.decision(), command.decisionDate(), command.amendmentsProposedDate());
        review.markPhaseTransfer(phaseTransfer);
        AnnualReview next = command.decision() == ReviewDecision.CEASE ? null
                : reviews.save(new AnnualReview(c.plan(), cycle + 1, AnnualReview.Source.HERE, clock.instant()));
        StatutoryClock nextDue = planService.updateClock(c.assessment(), c.plan());
        String late = lateNote(c, Deadline.REVIEW_DECISION) + cycleClocks(c).stream()
                .filter(k -> k.getClock() == Deadline.ANNUAL_REVIEW && command.decisionDate().isAfter(k.getDueDate()))
                .findFirst().map(k -> " (the review was due " + DateText.of(k.getDueDate()) + ")").orElse("");
        timeline.record(c.assessment(), "REVIEW_DECIDED", "Review " + cycle + ": decided to "
                + command.decision().name().toLowerCase() + " the plan, notified " + DateText.of(command.decisionDate())
                + late + (amend ? "; amended plan due " + due(c, Deadline.AMENDED_PLAN) : "")
                + (phaseTransfer ? "; the phase-transfer review" : "")
                + (next == null || nextDue == null ? "" : "; review " + next.getCycle() + " due "
                + DateText.of(nextDue.getDueDate())));
        process.complete(task, Map.of(ReviewSteps.VAR_DECISION, command.decision().name()));
        if (next != null) {
            process.start(caseRef, next.getId());
        }
        return review;
    }

    public AnnualReview issueAmendedPlan(String caseRef, int cycle, IssueAmendedPlan command) {
        Cycle c = cycle(caseRef, cycle);
        AnnualReview review = c.review();
        LocalDate proposed = review.facts().proposalDate();
        new InvalidRequest.Collector()
                .notInFuture("issuedDate", command.issuedDate(), today())
                .notBefore("issuedDate", command.issuedDate(), proposed, "the proposed amendments")
                .rejectIf(insideRepresentations(c, command.issuedDate()), "issuedDate", "must be after the family's "
                        + "15 days for representations on the proposed amendments, which end "
                        + due(c, Deadline.AMENDMENT_REPRESENTATIONS) + ", unless their representations are in")
                .throwIfAny();
        c.requireLive();
        OpenStep task = requireTask(c, ReviewSteps.ISSUE_AMENDED_PLAN, review.getAmendedPlanDate() != null
                ? "the amended plan was issued on " + DateText.of(review.getAmendedPlanDate())
                : "review " + cycle + " did not decide to amend the plan");
        review.recordAmendedPlan(command.issuedDate());
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), "AMENDED_PLAN_ISSUED", "Review " + cycle + ": amended plan issued "
                + DateText.of(command.issuedDate()) + lateNote(c, Deadline.AMENDED_PLAN));
        process.complete(task, Map.of());
        return review;
    }

    /**
     * Reg 22(2): the family's representations on the proposed amendments came in on {@code receivedDate}; from that
     * day the amended plan may be issued, as it may after the 15th day without them.
     */
    public AnnualReview recordRepresentations(String caseRef, int cycle, RecordRepresentations command) {
        Cycle c = cycle(caseRef, cycle);
        AnnualReview review = c.review();
        new InvalidRequest.Collector()
                .notInFuture("receivedDate", command.receivedDate(), today())
                .notBefore("receivedDate", command.receivedDate(), review.facts().proposalDate(),
                        "the proposed amendments")
                .throwIfAny();
        requireTask(c, ReviewSteps.ISSUE_AMENDED_PLAN, review.getAmendedPlanDate() != null
                ? "the amended plan was issued on " + DateText.of(review.getAmendedPlanDate())
                : "review " + cycle + " did not propose amendments");
        review.recordRepresentations(command.receivedDate());
        planService.updateClock(c.assessment(), c.plan());
        timeline.record(c.assessment(), "REPRESENTATIONS_RECEIVED", "Review " + cycle + ": the family's "
                + "representations on the proposed amendments received " + DateText.of(command.receivedDate())
                + "; the amended plan may be issued (due " + due(c, Deadline.AMENDED_PLAN) + ")");
        return review;
    }

    public AnnualReview consultOnCeasing(String caseRef, int cycle, ConsultOnCeasing command) {
        Cycle c = cycle(caseRef, cycle);
        AnnualReview review = c.review();
        new InvalidRequest.Collector()
                .notInFuture("consultedDate", command.consultedDate(), today())
                .notBefore("consultedDate", command.consultedDate(), review.getDecisionDate(), "the review decision")
                .throwIfAny();
        OpenStep task = requireTask(c, ReviewSteps.CONSULT_ON_CEASING, review.getCeaseConsultedDate() != null
                ? "the consultation was recorded on " + DateText.of(review.getCeaseConsultedDate())
                : "review " + cycle + " did not decide to cease the plan");
        review.recordCeaseConsulted(command.consultedDate());
        timeline.record(c.assessment(), "CEASE_CONSULTED", "Review " + cycle + ": family and school or college "
                + "consulted on ceasing the plan " + DateText.of(command.consultedDate())
                + "; cease it with its date and reason");
        process.complete(task, Map.of());
        return review;
    }

    private Cycle cycle(String caseRef, int number) {
        return Cycle.find(cases, plans, reviews, caseRef, number);
    }

    private OpenStep requireTask(Cycle c, String taskKey, String whyNot) {
        c.requireLive();
        return process.openTask(c.assessment().getCaseRef(), c.review().getId(), taskKey)
                .orElseThrow(() -> new StepNotPossible(whyNot));
    }

    private List<StatutoryClock> cycleClocks(Cycle c) {
        return clocks.of(c.assessment().getId()).stream().filter(k -> c.review().getId().equals(k.getReviewId()))
                .toList();
    }

    private String due(Cycle c, Deadline which) {
        return cycleClocks(c).stream().filter(k -> k.getClock() == which).findFirst()
                .map(k -> DateText.of(k.getDueDate())).orElse("(no clock)");
    }

    private String noticeDue(Cycle c) {
        return c.review().getMeetingDate() == null ? ""
                : "; invitations and advice due " + due(c, Deadline.REVIEW_INVITATIONS);
    }

    /** " (late: due 3 May 2027)" when the step was done after its clock's due date. */
    private String lateNote(Cycle c, Deadline which) {
        return cycleClocks(c).stream().filter(k -> k.getClock() == which && k.getDoneDate() != null
                        && k.getDoneDate().isAfter(k.getDueDate())).findFirst()
                .map(k -> " (late: due " + DateText.of(k.getDueDate()) + ")").orElse("");
    }

    /**
     * The amended plan may not be issued while the family may still make representations (reg 22(2)): the register's
     * period closed on its done date, the day they were made (that day the plan may go) or its 15th day, still theirs.
     */
    private boolean insideRepresentations(Cycle c, LocalDate issued) {
        return issued != null && cycleClocks(c).stream()
                .filter(k -> k.getClock() == Deadline.AMENDMENT_REPRESENTATIONS && k.getDoneDate() != null).findFirst()
                .map(k -> "PERIOD_ENDED".equals(k.getDoneBy()) ? !issued.isAfter(k.getDoneDate())
                        : issued.isBefore(k.getDoneDate()))
                .orElse(false);
    }

    private static LocalDate heldOn(AnnualReview review) {
        return review.isMeetingHeld() ? review.getMeetingDate() : null;
    }

    private String notATransferYear(LocalDate meeting, LocalDate dateOfBirth) {
        String next = PhaseTransfers.of(dateOfBirth, settings.infantJuniorTransfers()).stream()
                .filter(t -> meeting != null && t.deadline().isAfter(meeting)).findFirst()
                .map(t -> "; the child's next phase transfer is due by " + DateText.of(t.deadline())
                        + ", reviewed from " + DateText.of(t.yearStarts())).orElse("; the child has no phase transfer"
                        + " left");
        return "the meeting on " + DateText.of(meeting) + " is not in a phase-transfer year for this child" + next;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
