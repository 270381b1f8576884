package org.sendclock.tasks;

import java.time.LocalDate;

/**
 * One open task as a caseworker's list shows it: the case, the child, the step, its statutory due date, the days left
 * (negative when overdue), the RAG status and who has it. {@code adviceToChase} is the advice request of an overdue
 * "Await advice" task whose chase is still to be recorded (chasing is an action on that row, not a row of its own).
 * {@code reviewAwaitingAdvice} is the review cycle of an "Await advice for the review" task, whose advice is recorded
 * in that review's part of the case page.
 */
public record WorkItem(String taskId, String caseRef, String child, String task, String taskKey, Clock clock,
                       LocalDate due, long daysLeft, Rag rag, String assignee, String team, Long adviceToChase,
                       Integer reviewAwaitingAdvice) {

    /** The statutory clock a task serves, for filtering. */
    public enum Clock {
        DECISION("Decision (week 6)"), ADVICE("Advice (6 weeks)"), PLAN_DECISION("Plan decision (week 16)"),
        FINAL_PLAN("Final plan (week 20)"), REVIEW("Plan review"), REASSESSMENT("Re-assessment");

        private final String label;

        Clock(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Red: overdue. Amber: due within 7 days, or its case's final plan is at risk. Green otherwise. */
    public enum Rag {
        RED("govuk-tag--red", "Overdue"), AMBER("govuk-tag--yellow", "Due soon"), GREEN("govuk-tag--green", "On track");

        private final String cssClass;
        private final String words;

        Rag(String cssClass, String words) {
            this.cssClass = cssClass;
            this.words = words;
        }

        public String cssClass() {
            return cssClass;
        }

        public String words() {
            return words;
        }
    }
}
