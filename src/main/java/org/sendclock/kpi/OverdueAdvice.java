package org.sendclock.kpi;

import java.time.LocalDate;

/** An advice request still outstanding, past its due date, at the end of the backlog's day. */
record OverdueAdvice(String caseRef, String adviceType, LocalDate requestedDate, LocalDate dueDate) {

    CaseEntry entry() {
        return new CaseEntry(caseRef, adviceType, requestedDate, dueDate, null);
    }
}
