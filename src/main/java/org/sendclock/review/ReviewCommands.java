package org.sendclock.review;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.sendclock.casefile.ReviewDecision;

/**
 * What a caseworker submits about one review cycle of a plan. Dates may be in the past, never in the future, except
 * the date a meeting is arranged for.
 */
public final class ReviewCommands {

    private ReviewCommands() {
    }

    /** The meeting arranged (or rearranged, until it is held) for {@code meetingDate}, by whom (usually the school). */
    public record ArrangeMeeting(@NotNull LocalDate meetingDate, String arrangedBy) {
    }

    /** Reg 20(3): the invitations to the meeting went out on {@code sentDate}. */
    public record SendInvitations(@NotNull LocalDate sentDate) {
    }

    /** Reg 20(4): the advice and information for the meeting were circulated on {@code circulatedDate}. */
    public record CirculateAdvice(@NotNull LocalDate circulatedDate) {
    }

    /** The meeting took place on {@code heldDate} (which may differ from the day it was arranged for). */
    public record HoldMeeting(@NotNull LocalDate heldDate) {
    }

    /** Reg 20(7): the review report was received on {@code receivedDate}. */
    public record ReceiveReport(@NotNull LocalDate receivedDate) {
    }

    /**
     * Reg 20(10): the council's decision, notified to the family on {@code decisionDate}. For an amendment, the
     * proposed amendments went on {@code amendmentsProposedDate} (empty: with the decision). {@code phaseTransfer}
     * marks the review that moves the child to the next phase of education.
     */
    public record Decide(@NotNull ReviewDecision decision, @NotNull LocalDate decisionDate,
                         LocalDate amendmentsProposedDate, Boolean phaseTransfer) {
    }

    /** Reg 22(2): the family's representations on the proposed amendments came in on {@code receivedDate}. */
    public record RecordRepresentations(@NotNull LocalDate receivedDate) {
    }

    /** Reg 22(3): the amended plan was issued on {@code issuedDate}; not inside the family's 15 days. */
    public record IssueAmendedPlan(@NotNull LocalDate issuedDate) {
    }

    /**
     * CFA s45, reg 31: the consultation with the family and the school or college on ceasing the plan ended on
     * {@code consultedDate}. The law sets it no period (ADR 29); the plan's cease, the decision notified with the appeal
     * rights, may not be dated before it.
     */
    public record ConsultOnCeasing(@NotNull LocalDate consultedDate) {
    }
}
