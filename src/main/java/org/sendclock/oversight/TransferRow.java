package org.sendclock.oversight;

import java.time.LocalDate;
import org.sendclock.clock.Standing;
import org.sendclock.clock.TransferKind;

/**
 * One child's phase transfer on the managers' transfer list: who they are, where they are now and who holds the case,
 * the transfer's date and how it stands. {@code setting} is the setting the plan names now (none: null);
 * {@code amendedPlanDate} the amended plan that met it; {@code daysLeft} while it is due, {@code daysLate} once it
 * missed its date (to today while still not done, to the amended plan when it came late); {@code standing} the clock
 * register's for today (a transfer not done by the end of its school year reads NOT_NEEDED there: the child has moved
 * on, and it stays LATE here).
 */
public record TransferRow(String caseRef, String childName, TransferKind kind, String kindLabel, LocalDate deadline,
                          String setting, String team, String caseworker, Progress progress, Standing standing,
                          LocalDate amendedPlanDate, Long daysLeft, Long daysLate) {

    /** Worst first: the order the list is read in. */
    public enum Progress {
        /** Its date passed and the amended plan has not been issued. */
        OVERDUE,
        /** Not done, its date still to come. */
        DUE,
        /** Done after its date. */
        DONE_LATE,
        /** Done on or before its date. */
        DONE_ON_TIME
    }
}
