package org.sendclock.reassessment;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.advice.AdviceStatus;
import org.sendclock.advice.AdviceType;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;

/**
 * The re-assessments of a case's plan, oldest first, each with its facts, its clocks and its open steps; and the last
 * EHC needs assessment a new request would follow ({@code lastAssessment}, null when the case has no plan), for the
 * six-month rule (reg 24(2), ADR 36).
 */
public record ReassessmentsView(String caseRef, LastAssessment lastAssessment, List<ReassessmentView> reassessments) {

    /**
     * {@code lastAssessment}: the assessment before this request; {@code sixMonthRuleApplies}: the request came less
     * than six months after it, so the council may refuse it; {@code refusedUnderSixMonthRule}: the council did.
     */
    public record ReassessmentView(int number, LocalDate requestDate, Reassessment.RequestedBy requestedBy,
                                   Reassessment.Decision decision, LocalDate decisionDate,
                                   Reassessment.Outcome outcome, LocalDate outcomeDate, boolean open,
                                   LastAssessment lastAssessment, boolean sixMonthRuleApplies,
                                   boolean refusedUnderSixMonthRule,
                                   List<AdviceView> advice, List<ClockView> clocks, List<String> openSteps) {
    }

    /**
     * The last EHC needs assessment: the one that issued the plan (its start date) or a re-assessment (its number and
     * the day it concluded); a request received before {@code sixMonthRuleAppliesBefore} may be refused.
     */
    public record LastAssessment(LocalDate date, Was was, Integer reassessment, LocalDate sixMonthRuleAppliesBefore) {

        public enum Was { PLAN_ISSUED, REASSESSMENT }
    }

    public record AdviceView(long id, AdviceType adviceType, String provider, LocalDate requestedDate,
                             LocalDate dueDate, AdviceStatus status, LocalDate receivedDate) {
    }

    public record ClockView(Deadline clock, Long adviceRequestId, LocalDate startDate, LocalDate dueDate,
                            LocalDate doneDate, LocalDate endedDate, String endedReason, Standing standing,
                            Long daysLeft, Long daysLate) {
    }
}
