package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An assessment open at the end of the backlog's day, with which of its case-wide clocks had passed by then (decided
 * in SQL, {@link OpenAssessments}).
 */
record OpenAssessment(String caseRef, LocalDate requestDate, LocalDate decisionDue, LocalDate noPlanNoticeDue,
                      LocalDate finalPlanDue, boolean decisionOverdue, boolean noPlanNoticeOverdue,
                      boolean finalPlanOverdue) {

    WeekBand bandOn(LocalDate on) {
        return WeekBand.of(ChronoUnit.DAYS.between(requestDate, on));
    }

    CaseEntry entry(LocalDate dueDate) {
        return new CaseEntry(caseRef, null, requestDate, dueDate, null);
    }
}
