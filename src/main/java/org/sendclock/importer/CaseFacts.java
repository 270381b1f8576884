package org.sendclock.importer;

import java.time.LocalDate;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Decision;

/**
 * What an advice row is checked against: its case as it will stand after the import, from requests.csv when the
 * case is there, else from the system.
 */
record CaseFacts(LocalDate requestDate, Decision decision, LocalDate decisionDate, CaseStatus status,
                 LocalDate adviceGatheringEnded) {

    static CaseFacts of(RequestRow row) {
        return new CaseFacts(row.requestDate(), row.decision(), row.decisionDate(), row.status(),
                row.adviceGatheringEnded());
    }

    static CaseFacts of(AssessmentCase c) {
        return new CaseFacts(c.getRequestDate(), c.getDecision(), c.getDecisionDate(), c.getStatus(),
                earliest(c.getDraftServedDate(), c.getPlanDecisionDate(), c.getFinalPlanDate(), c.getClosedDate()));
    }

    static LocalDate earliest(LocalDate... dates) {
        LocalDate earliest = null;
        for (LocalDate d : dates) {
            if (d != null && (earliest == null || d.isBefore(earliest))) {
                earliest = d;
            }
        }
        return earliest;
    }
}
