package org.sendclock.clock;

import java.time.LocalDate;
import org.sendclock.casefile.ReviewDecision;

/**
 * The recorded facts of one review cycle of a plan that its clocks follow: the meeting (arranged, then held), the
 * notices before it, the report after it, the council's decision and, for an amendment, the proposal and the amended
 * plan, with the day the family's representations on it came in. A cycle without a decision is the open one.
 */
public record ReviewFacts(long reviewId, int cycle, LocalDate meetingDate, boolean meetingHeld,
                          LocalDate invitationsSent, LocalDate adviceCirculated, LocalDate reportReceived,
                          ReviewDecision decision, LocalDate decisionDate, LocalDate amendmentsProposed,
                          LocalDate amendedPlanIssued, boolean phaseTransfer, LocalDate representationsReceived) {

    /** A cycle whose family's representations are not recorded (history brought in). */
    public ReviewFacts(long reviewId, int cycle, LocalDate meetingDate, boolean meetingHeld,
                       LocalDate invitationsSent, LocalDate adviceCirculated, LocalDate reportReceived,
                       ReviewDecision decision, LocalDate decisionDate, LocalDate amendmentsProposed,
                       LocalDate amendedPlanIssued, boolean phaseTransfer) {
        this(reviewId, cycle, meetingDate, meetingHeld, invitationsSent, adviceCirculated, reportReceived, decision,
                decisionDate, amendmentsProposed, amendedPlanIssued, phaseTransfer, null);
    }

    /** Amendments go with the decision (the Devon judgment): without their own date, the decision's. */
    public LocalDate proposalDate() {
        return amendmentsProposed != null ? amendmentsProposed : decisionDate;
    }
}
