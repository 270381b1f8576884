package org.sendclock.clock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.PlanDecision;
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
 * Withdrawal and closure end every clock not yet met. A case brought in with its plan only (no request recorded here)
 * has no assessment clocks.
 * <p>
 * The plan's clock ({@link #ofPlan}): its first review is due 12 months after the plan started (6 for a child under
 * five on that day, or as the council sets); the plan ceasing ends it. The review cycle adds the review decision that
 * meets it and the next cycle's clock.
 */
final class ClockRules {

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
            Ending ends = a.withdrawn() != null ? new Ending(a.withdrawn(), "withdrawn")
                    : a.excused() ? new Ending(a.excusedOn() != null ? a.excusedOn() : a.requested(),
                            a.excusedOn() != null ? "excused under reg 8(2)" : "excused under reg 8(2), date not recorded")
                    : null;
            clocks.add(spec(Deadline.ADVICE, a.adviceRequestId(), a.requested(), calendar.adviceDue(a.requested()),
                    settings, a.received(), "ADVICE_RECEIVED", ends, a.excused()));
        }
        return clocks;
    }

    static List<ClockSpec> ofPlan(PlanFacts plan, StatutoryCalendar calendar, ClockSettings settings) {
        if (plan == null) {
            return List.of();
        }
        boolean underFive = plan.childDateOfBirth() != null
                && plan.start().isBefore(plan.childDateOfBirth().plusYears(5));
        LocalDate due = calendar.reviewDue(plan.start(), underFive ? settings.underFiveReviewMonths() : 12);
        Ending ceased = plan.ceased() == null ? null : new Ending(plan.ceased(), "plan ceased: " + plan.ceasedBecause());
        return List.of(spec(Deadline.ANNUAL_REVIEW, null, plan.start(), due, settings, null, null, ceased, false));
    }

    private static ClockSpec spec(Deadline clock, Long adviceRequestId, LocalDate start, LocalDate due,
                                  ClockSettings settings, LocalDate done, String doneBy, Ending ending,
                                  boolean exceptionApplies) {
        return new ClockSpec(clock, adviceRequestId, start, due, due.minusDays(settings.atRiskDays(clock)), done,
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
