package org.sendclock.reassessment;

import java.util.List;

/** The ids of the re-assessment model's elements and messages that code refers to (bpmn/ehc-reassessment.bpmn). */
public final class ReassessmentSteps {

    public static final String PROCESS_KEY = "ehc-reassessment";

    public static final String DECIDE_WHETHER_TO_REASSESS = "DecideWhetherToReassess";
    public static final String AWAIT_ADVICE = "AwaitReassessmentAdvice";
    public static final String ISSUE_OUTCOME = "IssueOutcome";

    public static final String MESSAGE_ADVICE_REQUESTED = "ReassessmentAdviceRequested";
    public static final String MESSAGE_PLAN_CEASED = "PlanCeasedDuringReassessment";

    public static final String VAR_REASSESSMENT_ID = "reassessmentId";
    public static final String VAR_DECISION = "decision";

    private ReassessmentSteps() {
    }

    /** The caseworker's steps of a re-assessment, in the model's order (My work lists them). */
    public static List<String> casework() {
        return List.of(DECIDE_WHETHER_TO_REASSESS, AWAIT_ADVICE, ISSUE_OUTCOME);
    }
}
