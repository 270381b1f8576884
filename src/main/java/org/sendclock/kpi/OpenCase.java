package org.sendclock.kpi;

import java.time.LocalDate;

/** A case still open today, with the date its final plan is due: what the forecast weighs. */
record OpenCase(String caseRef, LocalDate requestDate, LocalDate finalPlanDue, boolean withException) {

    CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, finalPlanDue, null);
    }
}
