package org.sendclock.kpi;

import java.time.LocalDate;
import org.sendclock.deadline.Deadline;

/**
 * A clock the clock register holds overdue at the end of the backlog's day: a case's week 6, 16 or 20 clock, or an
 * advice request's six weeks ({@code adviceType} then says whose).
 */
record OverdueClock(Deadline clock, String caseRef, String adviceType, LocalDate startDate, LocalDate dueDate) {

    CaseEntry entry() {
        return new CaseEntry(caseRef, adviceType, startDate, dueDate, null);
    }
}
