package org.sendclock.oversight;

import java.time.LocalDate;
import org.sendclock.advice.AdviceType;
import org.sendclock.deadline.Deadline;

/**
 * One open clock of the breach and risk register: overdue (its due date has ended and its step was not done) or at
 * risk (inside the warning window of {@code sendclock.clocks.*}). {@code daysLate} is set when overdue,
 * {@code daysLeft} when at risk.
 */
public record ClockRow(
        String caseRef,
        String childName,
        String team,
        String caseworker,
        Deadline clock,
        String clockName,
        AdviceType adviceType,
        String provider,
        LocalDate dueDate,
        Status status,
        Long daysLate,
        Long daysLeft,
        boolean exceptionRecorded) {

    public enum Status {
        OVERDUE, AT_RISK
    }

    public boolean overdue() {
        return status == Status.OVERDUE;
    }

    /** How bad: days late for an overdue clock (positive), minus days left for one at risk. Worst is highest. */
    long severity() {
        return overdue() ? daysLate : -daysLeft;
    }
}
