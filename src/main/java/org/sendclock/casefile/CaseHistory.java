package org.sendclock.casefile;

import java.time.LocalDate;

/** A case's dates and outcome as another system recorded them: what the CSV import restates a case to. */
public record CaseHistory(LocalDate requestDate, RequestSource requestSource, Decision decision,
                          LocalDate decisionDate, LocalDate noPlanDate, LocalDate draftServedDate,
                          LocalDate finalPlanDate, ClosedReason closedReason, LocalDate closedDate) {
}
