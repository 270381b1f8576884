package org.sendclock.oversight;

import org.sendclock.deadline.Deadline;

/** The clocks as a caseworker says them. */
public final class ClockNames {

    private ClockNames() {
    }

    public static String of(Deadline deadline) {
        return switch (deadline) {
            case DECISION -> "Week 6 decision";
            case NO_PLAN_NOTICE -> "Week 16 no-plan notice";
            case FINAL_PLAN -> "Week 20 final plan";
            case ADVICE -> "Advice";
            case COMMENT_PERIOD -> "Comment period";
            case ANNUAL_REVIEW -> "Annual review";
            case REVIEW_INVITATIONS -> "Review invitations";
            case REVIEW_ADVICE -> "Review advice circulated";
            case REVIEW_REPORT -> "Review report";
            case REVIEW_DECISION -> "Review decision";
            case AMENDMENT_REPRESENTATIONS -> "Representations on amendments";
            case AMENDED_PLAN -> "Amended plan";
            case TRANSFER_IN_NOTICE -> "Transfer in notice";
            case TRANSFER_TO_SCHOOL -> "Transfer into school";
            case TRANSFER_TO_JUNIOR -> "Transfer to junior";
            case TRANSFER_TO_SECONDARY -> "Transfer to secondary";
            case TRANSFER_TO_POST16 -> "Transfer to post-16";
            case TRANSFER_POST16_MOVE -> "Move between post-16 institutions";
            case REASSESSMENT_DECISION -> "Re-assessment decision";
            case REASSESSMENT_PLAN -> "Re-assessment plan";
        };
    }
}
