package org.sendclock.review;

import java.time.LocalDate;
import java.util.List;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.plan.AnnualReview;
import org.springframework.stereotype.Component;

/**
 * The date each task of a review cycle works to, from the cycle's clocks in the register (themselves from its facts).
 * Used when a task is created and again when a rearranged meeting moves them.
 */
@Component
public class ReviewTaskDueDates {

    private final StatutoryCalendar calendar;

    public ReviewTaskDueDates(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code cycleClocks}: the clocks of this cycle only. */
    public LocalDate dueFor(String taskKey, AnnualReview review, List<StatutoryClock> cycleClocks) {
        return switch (taskKey) {
            // The last day that still gives two weeks' notice of a meeting on the day the review is due.
            case ReviewSteps.ARRANGE_MEETING -> calendar.reviewNoticeDue(due(cycleClocks, Deadline.ANNUAL_REVIEW));
            case ReviewSteps.SEND_INVITATIONS -> due(cycleClocks, Deadline.REVIEW_INVITATIONS);
            case ReviewSteps.CIRCULATE_ADVICE -> due(cycleClocks, Deadline.REVIEW_ADVICE);
            case ReviewSteps.HOLD_MEETING -> review.getMeetingDate();
            case ReviewSteps.RECEIVE_REPORT -> due(cycleClocks, Deadline.REVIEW_REPORT);
            case ReviewSteps.DECIDE_AND_NOTIFY -> due(cycleClocks, Deadline.REVIEW_DECISION);
            case ReviewSteps.ISSUE_AMENDED_PLAN -> due(cycleClocks, Deadline.AMENDED_PLAN);
            // No statutory period: a working date four weeks from the decision, as the decision had from the meeting.
            case ReviewSteps.CONSULT_ON_CEASING, ReviewSteps.CEASE_PLAN ->
                    calendar.reviewDecisionDue(review.getDecisionDate());
            default -> throw new IllegalArgumentException("no due date is defined for review task " + taskKey);
        };
    }

    private static LocalDate due(List<StatutoryClock> cycleClocks, Deadline which) {
        return cycleClocks.stream().filter(k -> k.getClock() == which).findFirst()
                .orElseThrow(() -> new IllegalStateException("the review cycle has no " + which + " clock"))
                .getDueDate();
    }
}
