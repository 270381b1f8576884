package org.sendclock.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;

/**
 * Which clocks a case has and what its recorded facts say of each: the one place that turns facts into clocks. Pure:
 * the same facts always give the same clocks, whatever the day and however late the facts were typed in.
 * <ul>
 *   <li>week 6: met by the notice of the decision whether to assess (reg 5(1));</li>
 *   <li>week 16: met by the notice that no plan will be issued (reg 10(1)); not needed once the council refused to
 *   assess or decided to issue a plan;</li>
 *   <li>week 20: met by issuing the final plan (reg 13(2)); not needed after a refusal or a decision not to issue;</li>
 *   <li>each advice request: met by the advice received (reg 8(1)); not needed once withdrawn or excused under
 *   reg 8(2), though advice that still arrives meets it, late or not;</li>
 *   <li>the comment period: closes on its 15th day (reg 13(1)), or when the parent says they have finished.</li>
 * </ul>
 * Advice asked for a review meeting has the same six-week clock, keyed by its review ({@link #ofReviewAdvice}).
 * Withdrawal and closure end every clock not yet met. A case brought in with its plan only (no request recorded here)
 * has no assessment clocks.
 * <p>
 * The plan's clocks ({@link #ofPlan}), each review cycle's keyed by its review:
 * <ul>
 *   <li>the review: due 12 months after the plan started, then after each review decision (the council's months for
 *   a child under five when the cycle began); met by the review decision;</li>
 *   <li>invitations and advice for the meeting: at least two weeks before it; the report: within two weeks after it;
 *   the decision: within four weeks of it (reg 20);</li>
 *   <li>an amendment: the family's 15 days for representations (never a breach; over sooner once they are in), and the amended plan within eight
 *   weeks of the proposal, or by the phase transfer's date where that is earlier (reg 22(3), reg 18);</li>
 *   <li>each phase transfer from the plan's start on: 15 February (31 March after Year 11), met by the amended plan
 *   of the review marked as the phase transfer in that school year; after that school year it is no longer needed;</li>
 *   <li>a planned move between post-16 institutions: five months before it ({@link #post16Move}).</li>
 * </ul>
 * A plan transferred in from another council has its first review here by the later of 12 months after its last
 * review there (or its start) and 3 months after the transfer, and a clock for telling the family within six weeks
 * whether the council will reassess (reg 15). The plan ceasing ends every clock not met. A concluded review's steps left unrecorded end with its decision.
 */
final class ClockRules {

    /** How the family's period for representations on proposed amendments ended early: they were made. */
    static final String REPRESENTATIONS_RECEIVED = "REPRESENTATIONS_RECEIVED";

    private ClockRules() {
    }

    static List<ClockSpec> of(AssessmentCase c, List<AdviceFacts> advice, boolean exceptionApplies,
                              StatutoryCalendar calendar, ClockSettings settings) {
        LocalDate request = c.getRequestDate();
        if (request == null) {
            return List.of();
        }
        Ending closed = c.getClosedDate() == null ? null : new Ending(c.getClosedDate(), closedReason(c.getClosedReason()));
        Ending refused = c.getDecision() == Decision.REFUSE
                ? new Ending(c.getDecisionDate(), "refused to assess") : null;
        List<ClockSpec> clocks = new ArrayList<>();

        clocks.add(spec(Deadline.DECISION, null, request, calendar.decisionDue(request), settings,
                c.getDecisionNoticeDate(), "DECISION_NOTICE", closed, exceptionApplies));

        // An imported history often has the draft and the plan but not the day the plan was decided on: the draft
        // (else the plan) shows it had been decided by then.
        LocalDate issueDecided = c.getPlanDecisionDate() != null ? c.getPlanDecisionDate()
                : c.getDraftServedDate() != null ? c.getDraftServedDate() : c.getFinalPlanDate();
        Ending noPlanNoticeEnds = refused != null ? refused
                : c.getPlanDecision() == PlanDecision.ISSUE_PLAN
                ? new Ending(issueDecided, "decided to issue a plan") : closed;
        clocks.add(spec(Deadline.NO_PLAN_NOTICE, null, request, calendar.noPlanNoticeDue(request), settings,
                c.getPlanDecision() == PlanDecision.NO_PLAN ? c.getNoPlanNoticeDate() : null, "NO_PLAN_NOTICE",
                noPlanNoticeEnds, exceptionApplies));

        Ending finalPlanEnds = refused != null ? refused
                : c.getPlanDecision() == PlanDecision.NO_PLAN
                ? new Ending(c.getPlanDecisionDate(), "decided not to issue a plan") : closed;
        clocks.add(spec(Deadline.FINAL_PLAN, null, request, calendar.finalPlanDue(request), settings,
                c.getFinalPlanDate(), "FINAL_PLAN_ISSUED", finalPlanEnds, exceptionApplies));

        if (c.getDraftServedDate() != null) {
            LocalDate lastDay = calendar.commentPeriodEnds(c.getDraftServedDate());
            boolean finishedEarly = Boolean.TRUE.equals(c.getParentFinishedCommenting())
                    && c.getParentResponseDate() != null && c.getParentResponseDate().isBefore(lastDay);
            clocks.add(spec(Deadline.COMMENT_PERIOD, null, c.getDraftServedDate(), lastDay, settings,
                    finishedEarly ? c.getParentResponseDate() : lastDay,
                    finishedEarly ? "PARENT_FINISHED" : "PERIOD_ENDED", closed, false));
        }

        for (AdviceFacts a : advice) {
            clocks.add(advice(a, null, null, null, calendar, settings));
        }
        return clocks;
    }

    /**
     * One advice request's six weeks (reg 8(1)): the assessment's, a review cycle's (ADR 29) or a re-assessment's
     * (ADR 27), the row keyed by the cycle or the re-assessment as well as by its request. Met by the advice received;
     * not needed once withdrawn or excused under reg 8(2) (advice that still arrives meets it), or once {@code
     * otherwise} ends it.
     */
    private static ClockSpec advice(AdviceFacts a, Long reviewId, Long reassessmentId, Ending otherwise,
                                    StatutoryCalendar calendar, ClockSettings settings) {
        Ending ends = a.withdrawn() != null ? new Ending(a.withdrawn(), "withdrawn")
                : a.excused() ? new Ending(a.excusedOn() != null ? a.excusedOn() : a.requested(),
                        a.excusedOn() != null ? "excused under reg 8(2)" : "excused under reg 8(2), date not recorded")
                : otherwise;
        LocalDate due = calendar.adviceDue(a.requested());
        return new ClockSpec(Deadline.ADVICE, a.adviceRequestId(), reviewId, a.requested(), due,
                due.minusDays(settings.atRiskDays(Deadline.ADVICE)), a.received(),
                a.received() == null ? null : "ADVICE_RECEIVED", ends == null ? null : ends.date(),
                ends == null ? null : ends.reason(), a.excused(), reassessmentId);
    }

    /** The six-week clock of each advice request asked for one review cycle (ADR 29). */
    static List<ClockSpec> ofReviewAdvice(long reviewId, List<AdviceFacts> advice, StatutoryCalendar calendar,
                                          ClockSettings settings) {
        return advice.stream().map(a -> advice(a, reviewId, null, null, calendar, settings)).toList();
    }

    /**
     * The clocks of one re-assessment (regs 27-28, ADR 27), each carrying its id:
     * <ul>
     *   <li>the decision whether to reassess: notified within 15 days of the request;</li>
     *   <li>the plan: amended, or notice that it will not be, within 14 weeks of the request; not needed once the
     *   council decided not to reassess;</li>
     *   <li>each advice request for it: six weeks, as in an assessment.</li>
     * </ul>
     * The plan ceasing ends every one not met.
     */
    static List<ClockSpec> ofReassessment(ReassessmentFacts r, StatutoryCalendar calendar, ClockSettings settings) {
        Long id = r.reassessmentId();
        Ending ceased = r.planCeased() == null ? null : new Ending(r.planCeased(), "plan ceased");
        Ending notReassessing = Boolean.FALSE.equals(r.reassess()) && r.decisionNotified() != null
                ? new Ending(r.decisionNotified(), "decided not to reassess") : ceased;
        List<ClockSpec> clocks = new ArrayList<>();
        clocks.add(reassessmentSpec(Deadline.REASSESSMENT_DECISION, id, r.requested(),
                calendar.reassessmentDecisionDue(r.requested()), settings, r.decisionNotified(), "DECISION_NOTIFIED",
                ceased));
        clocks.add(reassessmentSpec(Deadline.REASSESSMENT_PLAN, id, r.requested(),
                calendar.reassessmentPlanDue(r.requested()), settings, r.outcomeDate(), "OUTCOME_NOTIFIED",
                notReassessing));
        for (AdviceFacts a : r.advice()) {
            clocks.add(advice(a, null, id, ceased, calendar, settings));
        }
        return clocks;
    }

    private static ClockSpec reassessmentSpec(Deadline clock, Long reassessmentId, LocalDate start, LocalDate due,
                                              ClockSettings settings, LocalDate done, String doneBy, Ending ending) {
        return new ClockSpec(clock, null, null, start, due, due.minusDays(settings.atRiskDays(clock)), done,
                done == null ? null : doneBy, ending == null ? null : ending.date(),
                ending == null ? null : ending.reason(), false, reassessmentId);
    }

    static List<ClockSpec> ofPlan(PlanFacts plan, StatutoryCalendar calendar, ClockSettings settings) {
        if (plan == null) {
            return List.of();
        }
        Ending ceased = plan.ceased() == null ? null : new Ending(plan.ceased(), "plan ceased: " + plan.ceasedBecause());
        List<PhaseTransfers.Transfer> transfers = PhaseTransfers.of(plan.childDateOfBirth(),
                settings.infantJuniorTransfers()).stream().filter(t -> !t.deadline().isBefore(plan.start())).toList();
        List<ClockSpec> clocks = new ArrayList<>();
        if (plan.reviews().isEmpty()) {
            clocks.add(reviewDue(plan, null, plan.start(), null, ceased, calendar, settings));
        }
        PlanFacts.Transfer transferIn = plan.transfer();
        if (transferIn != null && transferIn.transferredIn() != null) {
            clocks.add(spec(Deadline.TRANSFER_IN_NOTICE, null, null, transferIn.transferredIn(),
                    calendar.transferNoticeDue(transferIn.transferredIn()), settings, transferIn.noticeSent(),
                    "TRANSFER_NOTICE_SENT", ceased, false));
        }
        LocalDate cycleStart = plan.start();
        for (ReviewFacts review : plan.reviews()) {
            reviewCycle(plan, review, cycleStart, ceased, transfers, calendar, settings, clocks);
            if (review.decisionDate() == null) {
                break;
            }
            cycleStart = review.decisionDate();
        }
        if (plan.post16Move() != null) {
            clocks.add(post16Move(plan, ceased, calendar, settings));
        }
        for (PhaseTransfers.Transfer transfer : transfers) {
            LocalDate amended = plan.reviews().stream().filter(ReviewFacts::phaseTransfer)
                    .filter(r -> transfer.inItsYear(r.meetingDate()) || transfer.inItsYear(r.proposalDate()))
                    .map(ReviewFacts::amendedPlanIssued).filter(java.util.Objects::nonNull).min(LocalDate::compareTo)
                    .orElse(null);
            LocalDate start = plan.start().isAfter(transfer.yearStarts()) ? plan.start() : transfer.yearStarts();
            // Once the child is in the next phase the duty can no longer be done; the breach stays in the breach
            // register, and the clock stops crowding the lists of what can still be acted on.
            Ending ends = ceased != null && ceased.date().isBefore(transfer.yearEnds()) ? ceased
                    : new Ending(transfer.yearEnds(), "the child moved on to the next phase");
            clocks.add(spec(transfer.clock(), null, null, start, transfer.deadline(), settings, amended,
                    "AMENDED_PLAN_ISSUED", ends, false));
        }
        return clocks;
    }

    /** The clocks of one review cycle: due, notices before the meeting, report and decision after it, amendment. */
    private static void reviewCycle(PlanFacts plan, ReviewFacts review, LocalDate cycleStart, Ending ceased,
                                    List<PhaseTransfers.Transfer> transfers, StatutoryCalendar calendar,
                                    ClockSettings settings, List<ClockSpec> clocks) {
        Long id = review.reviewId();
        clocks.add(reviewDue(plan, id, cycleStart, review.decisionDate(), ceased, calendar, settings));
        // A review decided without a step on record (history brought in) does not leave that step overdue for ever.
        Ending decided = review.decisionDate() == null ? ceased
                : new Ending(review.decisionDate(), "review decided; this step was not recorded");
        LocalDate meeting = review.meetingDate();
        if (meeting != null) {
            LocalDate noticeDue = calendar.reviewNoticeDue(meeting);
            LocalDate noticeStart = noticeDue.isBefore(cycleStart) ? noticeDue : cycleStart;
            clocks.add(spec(Deadline.REVIEW_INVITATIONS, null, id, noticeStart, noticeDue, settings,
                    review.invitationsSent(), "INVITATIONS_SENT", decided, false));
            clocks.add(spec(Deadline.REVIEW_ADVICE, null, id, noticeStart, noticeDue, settings,
                    review.adviceCirculated(), "ADVICE_CIRCULATED", decided, false));
        }
        if (meeting != null && (review.meetingHeld() || review.decisionDate() != null)) {
            clocks.add(spec(Deadline.REVIEW_REPORT, null, id, meeting, calendar.reviewReportDue(meeting), settings,
                    review.reportReceived(), "REPORT_RECEIVED", decided, false));
            clocks.add(spec(Deadline.REVIEW_DECISION, null, id, meeting, calendar.reviewDecisionDue(meeting),
                    settings, review.decisionDate(), "DECISION_NOTIFIED", ceased, false));
        }
        if (review.decision() == ReviewDecision.AMEND && review.proposalDate() != null) {
            LocalDate proposal = review.proposalDate();
            LocalDate lastDay = calendar.representationsEnd(proposal);
            // As the draft's comment period: over on its 15th day, or sooner once the family's representations are in.
            boolean inEarly = review.representationsReceived() != null
                    && review.representationsReceived().isBefore(lastDay);
            clocks.add(spec(Deadline.AMENDMENT_REPRESENTATIONS, null, id, proposal, lastDay, settings,
                    inEarly ? review.representationsReceived() : lastDay,
                    inEarly ? REPRESENTATIONS_RECEIVED : "PERIOD_ENDED", ceased, false));
            LocalDate transferDeadline = !review.phaseTransfer() ? null : transfers.stream()
                    .map(PhaseTransfers.Transfer::deadline)
                    .filter(d -> !d.isBefore(proposal) && d.isBefore(proposal.plusYears(1))).findFirst().orElse(null);
            clocks.add(spec(Deadline.AMENDED_PLAN, null, id, proposal,
                    calendar.amendedPlanDue(proposal, transferDeadline), settings, review.amendedPlanIssued(),
                    "AMENDED_PLAN_ISSUED", ceased, false));
        }
    }

    /**
     * A planned move between post-16 institutions (reg 18(1)(b)): the plan amended to name the new one at least five
     * months before the move, met by the first amended plan issued in the twelve months before it (a review's
     * amendment naming the new institution), seen from a year before the move. Once the move's day passes the duty can
     * no longer be done; a breach stays in the breach register.
     */
    private static ClockSpec post16Move(PlanFacts plan, Ending ceased, StatutoryCalendar calendar,
                                        ClockSettings settings) {
        LocalDate move = plan.post16Move();
        LocalDate yearBefore = move.minusYears(1);
        LocalDate start = plan.start().isAfter(yearBefore) ? plan.start() : yearBefore;
        LocalDate amended = plan.reviews().stream().map(ReviewFacts::amendedPlanIssued)
                .filter(d -> d != null && !d.isBefore(start) && d.isBefore(move)).min(LocalDate::compareTo)
                .orElse(null);
        Ending ends = ceased != null && ceased.date().isBefore(move) ? ceased
                : new Ending(move, "the young person moved to the new institution");
        return spec(Deadline.TRANSFER_POST16_MOVE, null, null, start, calendar.post16MoveDue(move), settings, amended,
                "AMENDED_PLAN_ISSUED", ends, false);
    }

    /**
     * The cycle's own clock: the review is due 12 months after the cycle began (the plan's start, then each review
     * decision), or the council's months for a child under five then; the decision concludes it.
     */
    private static ClockSpec reviewDue(PlanFacts plan, Long reviewId, LocalDate cycleStart, LocalDate decided,
                                       Ending ceased, StatutoryCalendar calendar, ClockSettings settings) {
        boolean underFive = plan.childDateOfBirth() != null
                && cycleStart.isBefore(plan.childDateOfBirth().plusYears(5));
        LocalDate due = calendar.reviewDue(cycleStart, underFive ? settings.underFiveReviewMonths() : 12);
        PlanFacts.Transfer transfer = plan.transfer();
        if (cycleStart.equals(plan.start()) && transfer != null && transfer.transferredIn() != null) {
            // The first cycle here of a transferred plan runs from its last review at the other council.
            due = calendar.firstReviewAfterTransfer(transfer.lastReview() != null ? transfer.lastReview()
                    : plan.start(), transfer.transferredIn());
        }
        return spec(Deadline.ANNUAL_REVIEW, null, reviewId, cycleStart, due, settings, decided, "REVIEW_DECISION",
                ceased, false);
    }

    private static ClockSpec spec(Deadline clock, Long adviceRequestId, LocalDate start, LocalDate due,
                                  ClockSettings settings, LocalDate done, String doneBy, Ending ending,
                                  boolean exceptionApplies) {
        return spec(clock, adviceRequestId, null, start, due, settings, done, doneBy, ending, exceptionApplies);
    }

    private static ClockSpec spec(Deadline clock, Long adviceRequestId, Long reviewId, LocalDate start, LocalDate due,
                                  ClockSettings settings, LocalDate done, String doneBy, Ending ending,
                                  boolean exceptionApplies) {
        return new ClockSpec(clock, adviceRequestId, reviewId, start, due, due.minusDays(settings.atRiskDays(clock)), done,
                done == null ? null : doneBy, ending == null ? null : ending.date(),
                ending == null ? null : ending.reason(), exceptionApplies);
    }

    private static String closedReason(ClosedReason reason) {
        if (reason == null) {
            return "case closed";
        }
        return switch (reason) {
            case WITHDRAWN -> "request withdrawn";
            case MOVED_OUT -> "moved out of the area";
            default -> "case closed";
        };
    }

    private record Ending(LocalDate date, String reason) {
    }
}
