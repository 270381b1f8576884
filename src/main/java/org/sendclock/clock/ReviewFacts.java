package org.sendclock.clock;

import java.time.LocalDate;
import org.sendclock.casefile.ReviewDecision;

/**
 * The recorded facts of one review cycle of a plan that its clocks follow: the meeting (arranged, then held), the
 * notices before it, the report after it, the council's decision and, for an amendment, the proposal and the amended
 * plan. A cycle without a decision is the open one.
 */
public record ReviewFacts(long reviewId, int cycle, LocalDate meetingDate, boolean meetingHeld,
                          LocalDate invitationsSent, LocalDate adviceCirculated, LocalDate reportReceived,
                          ReviewDecision decision, LocalDate decisionDate, LocalDate amendmentsProposed,
                          LocalDate amendedPlanIssued, boolean phaseTransfer) {

    /** Amendments go with the decision (the Devon judgment): without their own date, the decision's. */
    public LocalDate proposalDate() {
        return amendmentsProposed != null ? amendmentsProposed : decisionDate;
    }
}
