package org.sendclock.advice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a caseworker submits about advice requests. */
public final class AdviceCommands {

    private AdviceCommands() {
    }

    public record RequestAdvice(@NotNull AdviceType adviceType, @Size(max = 200) String provider,
                                @NotNull LocalDate requestedDate) {
    }

    public record ReceiveAdvice(@NotNull LocalDate receivedDate) {
    }

    /**
     * A reg 8(2) excusal, dated the day it was agreed (today when not given); a missed appointment must name the
     * appointment's date.
     */
    public record ExcuseAdvice(@NotNull AdviceExceptionReason reason, @NotBlank @Size(max = 4000) String note,
                               LocalDate excusedDate, LocalDate appointmentDate) {
    }

    /** Reg 6(1) advice the council decided not to seek, and why (reg 6(4)). */
    public record MarkNotSought(@NotNull AdviceType adviceType, @NotBlank @Size(max = 4000) String reason) {
    }

    public record WithdrawAdvice(@NotNull LocalDate withdrawnDate, @NotBlank @Size(max = 4000) String reason) {
    }

    /** The note is kept on the timeline only, so it must fit there whole with the words around it. */
    public record ChaseAdvice(@NotNull LocalDate chasedDate, @Size(max = 3000) String note) {
    }
}
