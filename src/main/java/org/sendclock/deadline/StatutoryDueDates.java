package org.sendclock.deadline;

import java.time.LocalDate;

/** The case-wide due dates that follow from one request date. */
public record StatutoryDueDates(LocalDate decision, LocalDate noPlanNotice, LocalDate finalPlan) {

    public LocalDate of(Deadline deadline) {
        return switch (deadline) {
            case DECISION -> decision;
            case NO_PLAN_NOTICE -> noPlanNotice;
            case FINAL_PLAN -> finalPlan;
            case ADVICE -> throw new IllegalArgumentException("advice is due per advice request, not per case");
            case COMMENT_PERIOD -> throw new IllegalArgumentException("the comment period runs from the draft, not the request");
            default -> throw new IllegalArgumentException(deadline + " is due from the plan, not the request");
        };
    }
}
