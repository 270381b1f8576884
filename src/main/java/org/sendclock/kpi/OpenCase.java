package org.sendclock.kpi;

import java.time.LocalDate;

/**
 * A case still open today, with its week 20 clock as the clock register holds it: the due date, and whether it is
 * overdue today (its plan can then no longer be on time). What the forecast weighs.
 */
record OpenCase(String caseRef, LocalDate requestDate, LocalDate finalPlanDue, boolean withException,
                boolean overdue) {

    CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, finalPlanDue, null);
    }
}
