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
        };
    }
}
