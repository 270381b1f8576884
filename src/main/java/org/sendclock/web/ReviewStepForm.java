package org.sendclock.web;

import org.sendclock.casefile.DateText;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.review.ReviewSteps;
import org.sendclock.review.ReviewsView;

/**
 * A form the case page offers for a step a review cycle is at: its address ({@code slug}, as the API's), what its
 * date is, and the extra fields of arranging a meeting and of the decision. {@code id} keeps each form's fields apart
 * on the page ("r2-report").
 */
public record ReviewStepForm(int cycle, String slug, String title, String dateLabel, boolean asksWho, boolean asksDecision,
                             boolean asksAdviceType, List<ReviewsView.AdviceView> adviceChoices, String note) {

    ReviewStepForm(int cycle, String slug, String title, String dateLabel, boolean asksWho, boolean asksDecision) {
        this(cycle, slug, title, dateLabel, asksWho, asksDecision, false, List.of(), null);
    }

    public String id() {
        return "r" + cycle + "-" + slug;
    }

    /** The forms of every step the cycles are at; a meeting arranged and not yet held may be moved. */
    static List<ReviewStepForm> of(ReviewsView reviews) {
        List<ReviewStepForm> forms = new ArrayList<>();
        if (reviews == null || reviews.planCeasedDate() != null) {
            return forms;
        }
        for (ReviewsView.Cycle c : reviews.cycles()) {
            int n = c.cycle();
            if (c.isAt(ReviewSteps.ARRANGE_MEETING)) {
                forms.add(new ReviewStepForm(n, "meeting", "Arrange the meeting of review " + n,
                        "Date of the meeting", true, false));
            } else if (c.meetingDate() != null && !c.meetingHeld() && c.decisionDate() == null) {
                forms.add(new ReviewStepForm(n, "meeting", "Move the meeting of review " + n,
                        "New date of the meeting", true, false));
            }
            if (c.isAt(ReviewSteps.SEND_INVITATIONS)) {
                forms.add(new ReviewStepForm(n, "invitations", "Record the invitations sent (review " + n + ")",
                        "Date the invitations were sent", false, false));
            }
            if (c.isAt(ReviewSteps.CIRCULATE_ADVICE)) {
                forms.add(new ReviewStepForm(n, "advice-requests", "Request advice for review " + n,
                        "Date the advice was requested", false, false, true, List.of(), null));
            }
            if (!c.adviceOutstanding().isEmpty()) {
                forms.add(new ReviewStepForm(n, "advice-received", "Record advice received for review " + n,
                        "Date the advice was received", false, false, false, c.adviceOutstanding(), null));
            }
            if (c.isAt(ReviewSteps.CIRCULATE_ADVICE)) {
                forms.add(new ReviewStepForm(n, "advice-circulated", "Record the advice circulated (review " + n + ")",
                        "Date the advice and information were sent", false, false, false, List.of(),
                        c.adviceOutstanding().isEmpty() ? null : "Still awaited: " + c.adviceOutstanding().stream()
                                .map(a -> a.from() + ", due " + DateText.of(a.dueDate()))
                                .collect(java.util.stream.Collectors.joining("; "))
                                + ". Circulate what has come in; the rest can be sent on when it arrives."));
            }
            if (c.isAt(ReviewSteps.HOLD_MEETING)) {
                forms.add(new ReviewStepForm(n, "meeting-held", "Record the meeting held (review " + n + ")",
                        "Date the meeting took place", false, false));
            }
            if (c.isAt(ReviewSteps.RECEIVE_REPORT)) {
                forms.add(new ReviewStepForm(n, "report", "Record the review report received (review " + n + ")",
                        "Date the report was received", false, false));
            }
            if (c.isAt(ReviewSteps.DECIDE_AND_NOTIFY)) {
                forms.add(new ReviewStepForm(n, "decision", "Record the decision (review " + n + ")",
                        "Date the decision was sent to the family", false, true));
            }
            if (c.isAt(ReviewSteps.ISSUE_AMENDED_PLAN) && c.representationsDate() == null) {
                forms.add(new ReviewStepForm(n, "representations", "Record the family's representations (review "
                        + n + ")", "Date the representations on the proposed amendments came in", false, false));
            }
            if (c.isAt(ReviewSteps.ISSUE_AMENDED_PLAN)) {
                forms.add(new ReviewStepForm(n, "amended-plan", "Record the amended plan issued (review " + n + ")",
                        "Date the amended plan was issued", false, false));
            }
            if (c.isAt(ReviewSteps.CONSULT_ON_CEASING)) {
                forms.add(new ReviewStepForm(n, "cease-consultation", "Record the consultation on ceasing (review "
                        + n + ")", "Date the consultation with the family and the school or college ended", false,
                        false));
            }
        }
        return forms;
    }
}
