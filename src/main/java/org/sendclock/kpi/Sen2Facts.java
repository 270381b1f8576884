package org.sendclock.kpi;

import java.time.LocalDate;

/**
 * What the case record holds for one request, as the SEN2 extract reads it. Values are the stored codes (status
 * PLAN_ISSUED, decision ASSESS, …); any may be missing on a case brought in from an old system.
 */
record Sen2Facts(String caseRef, LocalDate requestDate, String requestSource, String status, String decision,
                 LocalDate decisionDate, String planDecision, LocalDate planDecisionDate, LocalDate finalPlanDate,
                 LocalDate closedDate, String closedReason, boolean withException, boolean dateOfBirthRecorded) {

    boolean assessed() {
        return "ASSESS".equals(decision);
    }
}
