package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The checks a record must pass before the return is filed: what the DfE's validation would reject, found here first
 * so it can be put right in the case record. They read the record as stored (not as at the year end): a wrong date
 * is wrong whatever year it is reported in.
 */
final class Sen2Checks {

    private Sen2Checks() {
    }

    static List<Sen2Problem> of(Sen2Facts f) {
        List<Sen2Problem> problems = new ArrayList<>();
        String ref = f.caseRef();
        if (f.requestSource() == null) {
            problems.add(new Sen2Problem(ref, "RequestSource", "is not recorded: who made the request"));
        }
        if (!f.dateOfBirthRecorded()) {
            problems.add(new Sen2Problem(ref, "PersonBirthDate",
                    "is not recorded: the person module needs the child's date of birth"));
        }
        if (f.decision() != null && f.decisionDate() == null) {
            problems.add(new Sen2Problem(ref, "RequestOutcomeDate",
                    "is missing: the decision whether to assess has no date"));
        }
        if (f.decision() != null && f.decisionDate() != null && f.decisionNoticeDate() == null) {
            problems.add(new Sen2Problem(ref, "RequestOutcomeDate",
                    "is missing: the family's notice of the decision whether to assess has no date"));
        }
        before(problems, ref, "RequestOutcomeDate", f.decisionNoticeDate(), f.requestDate(),
                "the request was received");
        before(problems, ref, "RequestOutcomeDate", f.decisionNoticeDate(), f.decisionDate(),
                "the decision it tells of");
        if (f.planDecision() != null && f.planDecisionDate() == null) {
            problems.add(new Sen2Problem(ref, "AssessmentOutcomeDate",
                    "is missing: the decision whether to issue a plan has no date"));
        }
        before(problems, ref, "AssessmentOutcomeDate", f.planDecisionDate(), f.decisionDate(),
                "the decision to assess");
        if ("PLAN_ISSUED".equals(f.status()) && f.finalPlanDate() == null) {
            problems.add(new Sen2Problem(ref, "StartDate", "is missing: the case says a plan was issued"));
        }
        if (f.finalPlanDate() != null) {
            before(problems, ref, "StartDate", f.finalPlanDate(), f.requestDate(), "the request was received");
            before(problems, ref, "StartDate", f.finalPlanDate(), f.planDecisionDate(),
                    "the decision to issue the plan");
            if (!f.assessed()) {
                problems.add(new Sen2Problem(ref, "RequestOutcome",
                        "a plan was issued but no decision to assess is recorded"));
            }
            if (!"ISSUE_PLAN".equals(f.planDecision())) {
                problems.add(new Sen2Problem(ref, "AssessmentOutcome",
                        "a plan was issued but no decision to issue it is recorded"));
            }
        }
        if (("WITHDRAWN".equals(f.status()) || "CLOSED".equals(f.status())) && f.closedDate() == null) {
            problems.add(new Sen2Problem(ref, "RequestOutcomeDate", "is missing: the case was closed without a date"));
        }
        return problems;
    }

    private static void before(List<Sen2Problem> problems, String ref, String field, LocalDate date,
                               LocalDate earliest, String earliestIs) {
        if (date != null && earliest != null && date.isBefore(earliest)) {
            problems.add(new Sen2Problem(ref, field, "is " + date + ", before " + earliestIs + " (" + earliest + ")"));
        }
    }
}
