package org.sendclock.review;

import java.util.List;

/** The ids of the review model's elements and messages that code refers to (bpmn/ehc-annual-review.bpmn). */
public final class ReviewSteps {

    public static final String PROCESS_KEY = "ehc-annual-review";

    public static final String ARRANGE_MEETING = "ArrangeMeeting";
    public static final String SEND_INVITATIONS = "SendInvitations";
    public static final String CIRCULATE_ADVICE = "CirculateAdvice";
    public static final String HOLD_MEETING = "HoldMeeting";
    public static final String RECEIVE_REPORT = "ReceiveReport";
    public static final String DECIDE_AND_NOTIFY = "DecideAndNotify";
    public static final String ISSUE_AMENDED_PLAN = "IssueAmendedPlan";
    public static final String CONSULT_ON_CEASING = "ConsultOnCeasing";
    public static final String CEASE_PLAN = "CeasePlan";
    /** One advice request's six-week clock asked for the review (ADR 29); not a step of the cycle itself. */
    public static final String AWAIT_REVIEW_ADVICE = "AwaitReviewAdvice";

    /** Where a cycle brought in with half its meeting prepared waits for the other half. */
    public static final String MEETING_PREPARED = "MeetingPrepared";

    public static final String MESSAGE_PLAN_CEASED = "PlanCeased";
    public static final String MESSAGE_REVIEW_ADVICE_REQUESTED = "ReviewAdviceRequested";

    public static final String VAR_REVIEW_ID = "reviewId";
    public static final String VAR_DECISION = "decision";
    public static final String VAR_ADVICE_REQUEST_ID = "adviceRequestId";

    private ReviewSteps() {
    }

    /** The caseworker's steps of a cycle, in the model's order (My work lists them). */
    public static List<String> casework() {
        return List.of(ARRANGE_MEETING, SEND_INVITATIONS, CIRCULATE_ADVICE, HOLD_MEETING, RECEIVE_REPORT,
                DECIDE_AND_NOTIFY, ISSUE_AMENDED_PLAN, CONSULT_ON_CEASING, CEASE_PLAN);
    }
}
