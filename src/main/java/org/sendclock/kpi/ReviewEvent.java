package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * What the reviews measure counts of a cycle: its review falling due, its decision, or its amended plan. A cycle due in
 * May, decided in April and amended in June is three events, each in its own month.
 */
record ReviewEvent(Kind kind, ReviewCycle cycle) implements KpiEvent {

    enum Kind {
        /** Counted in the month of the review clock's due date. */
        DUE,
        /** Counted in the month the decision was sent. */
        DECIDED,
        /** Counted in the month the amended plan was issued. */
        AMENDED
    }

    LocalDate date() {
        return switch (kind) {
            case DUE -> cycle.reviewDue();
            case DECIDED -> cycle.decisionDate();
            case AMENDED -> cycle.amendedPlanDate();
        };
    }

    @Override
    public YearMonth month() {
        return YearMonth.from(date());
    }

    /**
     * The dates the event's measure used: for a review due, the cycle's start, due date and decision; for a decision,
     * the meeting, four weeks on and the decision; for an amended plan, the proposal, eight weeks on and the plan.
     */
    @Override
    public CaseEntry entry() {
        return switch (kind) {
            case DUE -> entry(cycle.cycleStart(), cycle.reviewDue(), cycle.decisionDate());
            case DECIDED -> entry(cycle.meetingDate(), cycle.decisionDueFromMeeting(), cycle.decisionDate());
            case AMENDED -> entry(cycle.proposalDate(), cycle.amendedPlanDueFromProposal(), cycle.amendedPlanDate());
        };
    }

    /** The amended plan measured from the meeting (twelve weeks), for that count's list. */
    CaseEntry entryFromMeeting() {
        return entry(cycle.meetingDate(), cycle.amendedPlanDueFromMeeting(), cycle.amendedPlanDate());
    }

    private CaseEntry entry(LocalDate start, LocalDate due, LocalDate event) {
        return new CaseEntry(cycle.caseRef(), null, start, due, event, cycle.decision(), cycle.decisionDate());
    }
}
