package org.sendclock.advice;

import java.time.LocalDate;
import org.sendclock.advice.AdviceCommands.ExcuseAdvice;
import org.sendclock.advice.AdviceCommands.ReceiveAdvice;
import org.sendclock.advice.AdviceCommands.WithdrawAdvice;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.casefile.StepNotPossible;

/**
 * The checks of answering one advice request (received, excused under reg 8(2), withdrawn), the same whether it was
 * asked for the assessment or for a review (ADR 29): every wrong field named at once, then (receiving, excusing)
 * whether the request can still be answered so.
 */
public final class AdviceChecks {

    private AdviceChecks() {
    }

    public static void receive(AdviceRequest advice, ReceiveAdvice command, LocalDate today) {
        new InvalidRequest.Collector()
                .notInFuture("receivedDate", command.receivedDate(), today)
                .notBefore("receivedDate", command.receivedDate(), advice.getRequestedDate(), "the advice was requested")
                .throwIfAny();
        if (advice.getStatus() == AdviceStatus.RECEIVED) {
            throw new StepNotPossible(advice.describe() + " was already received on "
                    + DateText.of(advice.getReceivedDate()));
        }
        if (advice.getStatus() == AdviceStatus.WITHDRAWN) {
            throw new StepNotPossible(advice.describe() + " was withdrawn on " + DateText.of(advice.getWithdrawnDate()));
        }
    }

    /** Answers the day the excusal was agreed: the one given, else today. */
    public static LocalDate excuse(AdviceRequest advice, ExcuseAdvice command, LocalDate today) {
        LocalDate excusedDate = command.excusedDate() == null ? today : command.excusedDate();
        new InvalidRequest.Collector()
                .notInFuture("excusedDate", excusedDate, today)
                .notBefore("excusedDate", excusedDate, advice.getRequestedDate(), "the advice was requested")
                .rejectIf(command.appointmentDate() != null && command.reason() != AdviceExceptionReason.MISSED_APPOINTMENT,
                        "appointmentDate", "is only for a missed appointment")
                .rejectIf(command.appointmentDate() == null && command.reason() == AdviceExceptionReason.MISSED_APPOINTMENT,
                        "appointmentDate", "is required for a missed appointment: the date of the appointment missed")
                .notInFuture("appointmentDate", command.appointmentDate(), today)
                .notBefore("appointmentDate", command.appointmentDate(), advice.getRequestedDate(),
                        "the advice was requested")
                .notBefore("excusedDate", excusedDate, command.appointmentDate(), "the missed appointment")
                .throwIfAny();
        requireOutstanding(advice);
        return excusedDate;
    }

    public static void withdraw(AdviceRequest advice, WithdrawAdvice command, LocalDate today) {
        new InvalidRequest.Collector()
                .notInFuture("withdrawnDate", command.withdrawnDate(), today)
                .notBefore("withdrawnDate", command.withdrawnDate(), advice.getRequestedDate(), "the advice was requested")
                .throwIfAny();
    }

    public static void requireOutstanding(AdviceRequest advice) {
        if (!advice.getStatus().isOutstanding()) {
            throw new StepNotPossible(advice.describe() + " is already " + advice.getStatus().name().toLowerCase());
        }
    }
}
