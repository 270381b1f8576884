package org.sendclock.casefile;

import java.time.LocalDate;

/**
 * A case's dates and outcome as another system recorded them: what the CSV import restates a case to. The decision
 * notice date is the day the family was told of the decision whether to assess.
 */
public record CaseHistory(LocalDate requestDate, RequestSource requestSource, Decision decision,
                          LocalDate decisionDate, LocalDate decisionNoticeDate, LocalDate noPlanDate, LocalDate draftServedDate,
                          LocalDate finalPlanDate, ClosedReason closedReason, LocalDate closedDate) {
}
