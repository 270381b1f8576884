package org.sendclock.kpi;

import java.time.LocalDate;

/**
 * What the case record holds for one request, as the SEN2 extract reads it. Values are the stored codes (status
 * PLAN_ISSUED, decision ASSESS, …); any may be missing on a case brought in from an old system.
 * {@code decisionNoticeDate} is when the family was told of the decision whether to assess: SEN2's RequestOutcomeDate.
 * {@code withException} is the clock register's answer for the week 20 clock.
 */
record Sen2Facts(String caseRef, LocalDate requestDate, String requestSource, String status, String decision,
                 LocalDate decisionDate, LocalDate decisionNoticeDate, String planDecision, LocalDate planDecisionDate, LocalDate finalPlanDate,
                 LocalDate closedDate, String closedReason, boolean withException, boolean dateOfBirthRecorded) {

    boolean assessed() {
        return "ASSESS".equals(decision);
    }
}
