package org.sendclock.clock;

/**
 * Where a statutory clock stands on a day, from its recorded dates alone. {@link StatutoryClock#standingOn} says it in
 * Java and {@link ClockSql#standingOn} in SQL; a test holds the two to the same answers.
 */
public enum Standing {
    /** Started, not yet due, not yet inside its warning days. */
    RUNNING,
    /** Not yet due, inside its warning days (the same days as the model's "at risk" timers). */
    AT_RISK,
    /** Met on or before its due date. */
    MET,
    /** Met after its due date. */
    LATE,
    /** Its due date has ended and the fact that meets it is not recorded (yet). */
    OVERDUE,
    /** No longer applies: refused, withdrawn, closed, advice excused or withdrawn. */
    NOT_NEEDED;

    /** Still to be done: the clocks a caseworker and a manager work on. */
    public boolean isOpen() {
        return this == RUNNING || this == AT_RISK || this == OVERDUE;
    }

    /** Needs attention now: the register's rows. */
    public boolean needsAttention() {
        return this == AT_RISK || this == OVERDUE;
    }
}
