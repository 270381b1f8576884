package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A review cycle still open at the end of {@code on} and past its due date, as the clock register holds it. */
record OverdueReview(String caseRef, Integer cycle, LocalDate cycleStart, LocalDate dueDate, LocalDate on) {

    long daysOverdue() {
        return ChronoUnit.DAYS.between(dueDate, on);
    }

    WeeksOverdue band() {
        return WeeksOverdue.of(daysOverdue());
    }

    CaseEntry entry() {
        return new CaseEntry(caseRef, null, cycleStart, dueDate, null);
    }
}
