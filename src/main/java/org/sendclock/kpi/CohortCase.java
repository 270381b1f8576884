package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/** A request in its cohort (the month it was received) and where it stands now. */
record CohortCase(String caseRef, LocalDate requestDate, String status, LocalDate finalPlanDue,
                  LocalDate finalPlanDate, boolean planOnTime, boolean withException) implements KpiEvent {

    @Override
    public YearMonth month() {
        return YearMonth.from(requestDate);
    }

    boolean planIssued() {
        return finalPlanDate != null;
    }

    @Override
    public CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, finalPlanDue, finalPlanDate);
    }
}
