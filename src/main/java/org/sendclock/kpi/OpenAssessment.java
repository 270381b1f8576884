package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An assessment open at the end of the backlog's day, with its week 20 clock's due date from the clock register. */
record OpenAssessment(String caseRef, LocalDate requestDate, LocalDate finalPlanDue) {

    WeekBand bandOn(LocalDate on) {
        return WeekBand.of(ChronoUnit.DAYS.between(requestDate, on));
    }

    CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, finalPlanDue, null);
    }
}
