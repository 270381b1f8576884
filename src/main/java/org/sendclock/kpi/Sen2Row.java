package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * One request as a line of the SEN2 extract, as it stood at the end of the year (anything dated later is not yet
 * known to the return). Column names are the DfE's; the outcomes are written as words, which the council's SEN2 tool
 * codes as that year's guide asks. No names, dates of birth or UPNs: {@code CaseRef} links the line to the person.
 */
record Sen2Row(String caseRef, LocalDate receivedDate, String requestSource, String requestOutcome,
               LocalDate requestOutcomeDate, String exported, String assessmentOutcome,
               LocalDate assessmentOutcomeDate, String week20, LocalDate startDate, LocalDate ceaseDate,
               String ceaseReason) {

    static final List<String> HEADER = List.of("CaseRef", "ReceivedDate", "RequestSource", "RequestOutcome",
            "RequestOutcomeDate", "Exported", "AssessmentOutcome", "AssessmentOutcomeDate", "Week20", "StartDate",
            "CeaseDate", "CeaseReason");

    static final String PENDING = "PENDING";
    static final String IN_PROGRESS = "IN_PROGRESS";

    static Sen2Row of(Sen2Facts f, LocalDate yearEnd) {
        // SEN2's RequestOutcomeDate is the date the requestor was informed (reg 5(1)): a decision taken in December
        // and notified in January is not yet an outcome of the year.
        boolean decidedByYearEnd = f.decision() != null && !after(f.decisionNoticeDate(), yearEnd);
        boolean closedByYearEnd = f.closedDate() != null && !f.closedDate().isAfter(yearEnd);
        boolean assessedByYearEnd = decidedByYearEnd && f.assessed();

        String requestOutcome;
        LocalDate requestOutcomeDate;
        if (decidedByYearEnd) {
            requestOutcome = f.assessed() ? "DECIDED_TO_ASSESS" : "DECIDED_NOT_TO_ASSESS";
            requestOutcomeDate = f.decisionNoticeDate();
        } else if (closedByYearEnd) {
            requestOutcome = closure(f.closedReason());
            requestOutcomeDate = f.closedDate();
        } else {
            requestOutcome = PENDING;
            requestOutcomeDate = null;
        }

        String assessmentOutcome = null;
        LocalDate assessmentOutcomeDate = null;
        if (assessedByYearEnd) {
            if (f.planDecision() != null && !after(f.planDecisionDate(), yearEnd)) {
                assessmentOutcome = "ISSUE_PLAN".equals(f.planDecision()) ? "DECIDED_TO_ISSUE_PLAN"
                        : "DECIDED_NOT_TO_ISSUE_PLAN";
                assessmentOutcomeDate = f.planDecisionDate();
            } else if (closedByYearEnd) {
                assessmentOutcome = closure(f.closedReason());
                assessmentOutcomeDate = f.closedDate();
            } else if (f.finalPlanDate() == null || f.finalPlanDate().isAfter(yearEnd)) {
                assessmentOutcome = IN_PROGRESS;
            }
            // else: a plan without a recorded decision to issue it; left empty, and the validation report says so
        }

        LocalDate startDate = f.finalPlanDate() == null || f.finalPlanDate().isAfter(yearEnd) ? null
                : f.finalPlanDate();
        String exported = closedByYearEnd && "MOVED_OUT".equals(f.closedReason()) ? "Y" : "N";
        return new Sen2Row(f.caseRef(), f.requestDate(), f.requestSource(), requestOutcome, requestOutcomeDate,
                exported, assessmentOutcome, assessmentOutcomeDate, assessedByYearEnd ? (f.withException() ? "Y" : "N")
                : null, startDate, null, null);
    }

    /** An outcome known but undated still counts as known; the validation report asks for its date. */
    private static boolean after(LocalDate date, LocalDate yearEnd) {
        return date != null && date.isAfter(yearEnd);
    }

    private static String closure(String closedReason) {
        if ("WITHDRAWN".equals(closedReason)) {
            return "WITHDRAWN";
        }
        return "MOVED_OUT".equals(closedReason) ? "MOVED_OUT" : "CLOSED";
    }

    List<Object> csvRow() {
        return Arrays.asList(caseRef, receivedDate, requestSource, requestOutcome, requestOutcomeDate, exported,
                assessmentOutcome, assessmentOutcomeDate, week20, startDate, ceaseDate, ceaseReason);
    }
}
