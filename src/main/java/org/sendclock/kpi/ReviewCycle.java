package org.sendclock.kpi;

import java.time.LocalDate;

/**
 * One review cycle of a plan as the reviews measure reads it: the review clock's start and due date from the clock
 * register, and the cycle's recorded facts from {@code plan_review}. The timeliness of a decision and of an amended
 * plan is the regulations' own arithmetic on those facts (meeting + 28 days, proposal + 56 days, meeting + 84 days),
 * not the register's amended plan clock, whose due date is the phase transfer's when that is earlier (ADR 22).
 *
 * @param cycle       1 for the plan's first review; null for a review clock without a cycle row (none is written
 *                    since V16, see {@code ReviewCycleUpgrade})
 * @param cycleStart  the plan's start (cycle 1) or the previous cycle's decision: the review clock's start
 * @param reviewDue   the review clock's due date (12 months after the cycle started, or the under-fives' months)
 * @param reviewMet   the register's answer: the review clock was met by a decision dated on or before its due date
 * @param decision    MAINTAIN, AMEND or CEASE; null while the cycle is open
 * @param amendmentsProposed as recorded; null means the proposal went with the decision
 */
record ReviewCycle(String caseRef, Integer cycle, LocalDate cycleStart, LocalDate reviewDue, boolean reviewMet,
                   LocalDate meetingDate, String decision, LocalDate decisionDate, LocalDate amendmentsProposed,
                   LocalDate amendedPlanDate) {

    /** Reg 20(10): the decision is notified within four weeks of the meeting. */
    static final int DECISION_DAYS = 28;
    /** Reg 22(3): the amended plan is issued within eight weeks of the proposed amendments. */
    static final int AMENDED_PLAN_DAYS = 56;
    /** The same duty counted from the meeting: four weeks to decide, eight to amend. */
    static final int AMENDED_PLAN_FROM_MEETING_DAYS = 84;

    /** The amendments were proposed with the decision unless another date is recorded. */
    LocalDate proposalDate() {
        return amendmentsProposed != null ? amendmentsProposed : decisionDate;
    }

    LocalDate decisionDueFromMeeting() {
        return meetingDate == null ? null : meetingDate.plusDays(DECISION_DAYS);
    }

    LocalDate amendedPlanDueFromProposal() {
        return proposalDate() == null ? null : proposalDate().plusDays(AMENDED_PLAN_DAYS);
    }

    LocalDate amendedPlanDueFromMeeting() {
        return meetingDate == null ? null : meetingDate.plusDays(AMENDED_PLAN_FROM_MEETING_DAYS);
    }

    /** A decision with no meeting recorded cannot be shown to be in time, so it is not. */
    boolean decidedWithinFourWeeks() {
        return decisionDate != null && meetingDate != null && !decisionDate.isAfter(decisionDueFromMeeting());
    }

    boolean amendedWithinEightWeeks() {
        return amendedPlanDate != null && proposalDate() != null
                && !amendedPlanDate.isAfter(amendedPlanDueFromProposal());
    }

    boolean amendedWithinTwelveWeeksOfMeeting() {
        return amendedPlanDate != null && meetingDate != null
                && !amendedPlanDate.isAfter(amendedPlanDueFromMeeting());
    }
}
