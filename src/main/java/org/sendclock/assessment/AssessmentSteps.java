package org.sendclock.assessment;

/** The ids of the model's elements and messages that code refers to (bpmn/ehc-needs-assessment.bpmn). */
public final class AssessmentSteps {

    public static final String PROCESS_KEY = "ehc-needs-assessment";

    public static final String DECIDE_WHETHER_TO_ASSESS = "DecideWhetherToAssess";
    public static final String REQUEST_ADVICE = "RequestAdvice";
    public static final String AWAIT_ADVICE = "AwaitAdvice";
    public static final String CHASE_ADVICE = "ChaseAdvice";
    public static final String DECIDE_WHETHER_TO_ISSUE_PLAN = "DecideWhetherToIssuePlan";
    public static final String SERVE_DRAFT_PLAN = "ServeDraftPlan";
    public static final String CONSULT_SCHOOL = "ConsultSchool";
    public static final String ISSUE_FINAL_PLAN = "IssueFinalPlan";
    /** Activities an imported case may start at (besides the user tasks above). */
    public static final String WAITING_FOR_ALL_ADVICE = "AllAdviceIn";
    public static final String COMMENT_PERIOD = "CommentPeriod";

    public static final String MESSAGE_ADVICE_REQUESTED = "AdviceRequested";
    public static final String MESSAGE_ALL_ADVICE_IN = "AllAdviceIn";
    public static final String MESSAGE_PARENT_RESPONDED = "ParentResponded";
    public static final String MESSAGE_REQUEST_WITHDRAWN = "RequestWithdrawn";
    public static final String MESSAGE_CASE_CLOSED = "CaseClosed";

    public static final String VAR_CASE_REF = "caseRef";
    public static final String VAR_ADVICE_REQUEST_ID = "adviceRequestId";
    public static final String VAR_ASSESS = "assess";
    public static final String VAR_ISSUE_PLAN = "issuePlan";

    private AssessmentSteps() {
    }
}
