package org.sendclock.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.DateText;
import org.sendclock.deadline.Deadline;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.reassessment.ReassessmentsView.ReassessmentView;

/**
 * A form the case page offers for a step a re-assessment is at: its address ({@code slug}, as the API's), what its
 * date is and the hint under it (the due date the step meets). {@code id} keeps each form's fields apart on the page
 * ("ra2-outcome"), as {@link ReviewStepForm#id} does for the reviews.
 */
public record ReassessmentStepForm(int number, String slug, String title, String dateLabel, String hint) {

    /** The form that records a new request; it has no re-assessment yet. */
    static final String REQUEST = "reassessment-request";

    public String id() {
        return "ra" + number + "-" + slug;
    }

    public boolean asksDecision() {
        return slug.equals("decision");
    }

    public boolean asksAdvice() {
        return slug.equals("advice-requests");
    }

    public boolean asksOutcome() {
        return slug.equals("outcome");
    }

    /** The forms of the steps the re-assessment's process waits on: the decision; then advice and the outcome. */
    static List<ReassessmentStepForm> of(ReassessmentView r) {
        int n = r.number();
        List<ReassessmentStepForm> forms = new ArrayList<>();
        if (r.openSteps().contains(ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS)) {
            forms.add(new ReassessmentStepForm(n, "decision", "Record the decision whether to reassess (re-assessment "
                    + n + ")", "Date the family was told", due(r, Deadline.REASSESSMENT_DECISION)));
        }
        if (r.openSteps().contains(ReassessmentSteps.ISSUE_OUTCOME)) {
            forms.add(new ReassessmentStepForm(n, "advice-requests", "Request advice (re-assessment " + n + ")",
                    "Date asked", "Its advice is due six weeks after. For example, 27 3 2026"));
            forms.add(new ReassessmentStepForm(n, "outcome", "Record the outcome (re-assessment " + n + ")",
                    "Date the amended plan or the notice was issued", due(r, Deadline.REASSESSMENT_PLAN)));
        }
        return forms;
    }

    private static String due(ReassessmentView r, Deadline which) {
        LocalDate due = r.clocks().stream().filter(k -> k.clock() == which).map(k -> k.dueDate()).findFirst()
                .orElse(null);
        return (due == null ? "" : "Due by " + DateText.of(due) + ". ") + "For example, 27 3 2026";
    }
}
