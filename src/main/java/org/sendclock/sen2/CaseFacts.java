package org.sendclock.sen2;

import java.time.LocalDate;

/**
 * What the case record holds for one case in the return, as stored (codes such as PLAN_ISSUED, ASSESS): the child,
 * the request and its assessment, the SEN2 flags (null while not known), whether a reg 10(4) exception applies to the
 * week 20 clock (the clock register's answer), and the plan when there is one ({@code planId} null when not).
 */
record CaseFacts(long caseId, String caseRef,
                 String givenName, String familyName, LocalDate dateOfBirth, String upn, String sex, String ethnicity,
                 String postcode, String uln, String upnUnknownReason,
                 LocalDate requestDate, String requestSource, String status, String decision, LocalDate decisionDate,
                 LocalDate decisionNoticeDate, String planDecision, LocalDate planDecisionDate,
                 LocalDate noPlanNoticeDate, LocalDate finalPlanDate, LocalDate closedDate, String closedReason,
                 Boolean youthAccommodation, Boolean requestMediation, Boolean requestTribunal,
                 Boolean assessmentMediation, Boolean assessmentTribunal, Boolean otherMediation,
                 Boolean otherTribunal, boolean withException,
                 Long planId, LocalDate planStart, boolean personalBudget, boolean organisedArrangements,
                 boolean directPayments, boolean residential, boolean workBasedLearning, LocalDate transferredInDate,
                 LocalDate ceasedDate, Integer ceaseReason) {

    /**
     * Who the child is across their cases: the UPN when recorded, else the name and date of birth. A child asked
     * about twice (a refusal one year, a new request the next) is one person in the return with two requests.
     */
    String personKey() {
        if (upn != null && !upn.isBlank()) {
            return "UPN:" + upn.trim().toUpperCase();
        }
        return "NAME:" + lower(familyName) + "|" + lower(givenName) + "|" + dateOfBirth;
    }

    private static String lower(String text) {
        return text == null ? "" : text.trim().toLowerCase(java.util.Locale.ROOT);
    }
}
