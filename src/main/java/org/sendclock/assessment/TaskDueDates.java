package org.sendclock.assessment;

import java.time.LocalDate;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.deadline.StatutoryCalendar;
import org.springframework.stereotype.Component;

/**
 * The date each task of the assessment works to, from the statutory calendar and the case's recorded dates. Used
 * when a task is created and again when a corrected request date moves it.
 */
@Component
public class TaskDueDates {

    private final StatutoryCalendar calendar;

    public TaskDueDates(StatutoryCalendar calendar) {
        this.calendar = calendar;
    }

    /** {@code advice} is the advice request of an advice task, null for every other task. */
    public LocalDate dueFor(String taskKey, AssessmentCase assessment, AdviceRequest advice) {
        return switch (taskKey) {
            case AssessmentSteps.DECIDE_WHETHER_TO_ASSESS -> assessment.getDecisionDue();
            case AssessmentSteps.REQUEST_ADVICE -> calendar.latestAdviceRequestDate(assessment.getRequestDate());
            case AssessmentSteps.AWAIT_ADVICE, AssessmentSteps.CHASE_ADVICE -> advice.getDueDate();
            case AssessmentSteps.DECIDE_WHETHER_TO_ISSUE_PLAN -> assessment.getNoPlanNoticeDue();
            case AssessmentSteps.SERVE_DRAFT_PLAN -> calendar.latestDraftServiceDate(assessment.getRequestDate());
            case AssessmentSteps.CONSULT_SCHOOL, AssessmentSteps.ISSUE_FINAL_PLAN -> assessment.getFinalPlanDue();
            default -> throw new IllegalArgumentException("no due date is defined for task " + taskKey);
        };
    }

    public static boolean isAdviceTask(String taskKey) {
        return AssessmentSteps.AWAIT_ADVICE.equals(taskKey) || AssessmentSteps.CHASE_ADVICE.equals(taskKey);
    }
}
