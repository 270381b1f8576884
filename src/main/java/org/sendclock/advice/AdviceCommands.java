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

    public record ExcuseAdvice(@NotNull AdviceExceptionReason reason, @NotBlank @Size(max = 4000) String note) {
    }

    public record WithdrawAdvice(@NotNull LocalDate withdrawnDate, @NotBlank @Size(max = 4000) String reason) {
    }

    /** The note is kept on the timeline only, so it must fit there whole with the words around it. */
    public record ChaseAdvice(@NotNull LocalDate chasedDate, @Size(max = 3000) String note) {
    }
}
