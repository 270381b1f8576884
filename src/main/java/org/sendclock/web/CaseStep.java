package org.sendclock.web;

import static org.sendclock.assessment.AssessmentSteps.*;

import java.util.List;
import org.sendclock.assessment.AssessmentSteps;
import org.sendclock.assessment.CaseView;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.Text;

/**
 * The steps after the first that a caseworker records on the case page, each as one small form: an optional choice,
 * one or two dates, an optional line of text and an optional note. Which are offered follows the case: the plan
 * decision while its task is open, the parent's response while the draft is with them, a reg 10(4) exception,
 * withdrawal or closure at any time while open.
 */
enum CaseStep {

    PLAN_DECISION("Record the decision whether to issue a plan", DECIDE_WHETHER_TO_ISSUE_PLAN,
            choices(PlanDecision.values()), "Date of the decision", "decisionDate",
            "If no plan: date the notice was sent", "noticeSentDate", null, false, null),
    SERVE_DRAFT("Record the draft plan served", SERVE_DRAFT_PLAN, List.of(), "Date the draft was served",
            "servedDate", null, null, null, false, null),
    PARENT_RESPONSE("Record the parent's or young person's response", null,
            List.of(List.of("true", "Yes, they have finished commenting"),
                    List.of("false", "No, comments only: the 15 days run on")), "Date of the response",
            "responseDate", null, null, "School or college they asked for (optional)", false, null),
    CONSULT_SCHOOL("Record the school or college consulted", AssessmentSteps.CONSULT_SCHOOL, List.of(), "Date consulted",
            "consultedDate", null, null, "School or college consulted", true, null),
    FINAL_PLAN("Record the final plan issued", ISSUE_FINAL_PLAN, List.of(), "Date the final plan was issued",
            "issueDate", null, null, null, false, null),
    EXCEPTION("Record a reg 10(4) exception", null, choices(ExceptionReason.values()), "Date it began", "startDate",
            "Date it ended (optional)", "endDate", null, false, "What happened"),
    WITHDRAW("The request was withdrawn", null, List.of(), "Date withdrawn", "withdrawnDate", null, null, null, false,
            "Note (optional)"),
    CLOSE("Close the case", null, choices(ClosedReason.MOVED_OUT, ClosedReason.OTHER), "Date closed", "closedDate",
            null, null, null, false, "Note (optional)");

    private final String title;
    /** The task a step completes, where it completes one; the others are offered whenever they make sense. */
    private final String taskKey;
    private final List<List<String>> choices;
    private final String firstDate;
    private final String firstDateField;
    private final String secondDate;
    private final String secondDateField;
    private final String text;
    private final boolean textRequired;
    private final String note;

    CaseStep(String title, String taskKey, List<List<String>> choices, String firstDate, String firstDateField,
             String secondDate, String secondDateField, String text, boolean textRequired, String note) {
        this.title = title;
        this.taskKey = taskKey;
        this.choices = choices;
        this.firstDate = firstDate;
        this.firstDateField = firstDateField;
        this.secondDate = secondDate;
        this.secondDateField = secondDateField;
        this.text = text;
        this.textRequired = textRequired;
        this.note = note;
    }

    boolean offeredFor(CaseView c) {
        if (c.status() != CaseStatus.OPEN) {
            return false;
        }
        if (taskKey != null) {
            return c.openTasks().stream().anyMatch(t -> taskKey.equals(t.taskKey()));
        }
        return this != PARENT_RESPONSE || (c.draftServedDate() != null && c.parentResponseDate() == null);
    }

    /** The form's field for a field the command named in an error. */
    String formField(String commandField) {
        if (commandField.equals(firstDateField)) {
            return "firstDate";
        }
        if (commandField.equals(secondDateField)) {
            return "secondDate";
        }
        return switch (commandField) {
            case "outcome", "reason", "finishedCommenting" -> "choice";
            case "namedSchool", "school" -> "text";
            case "note" -> "note";
            default -> "firstDate";
        };
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    static CaseStep ofSlug(String slug) {
        for (CaseStep step : values()) {
            if (step.slug().equals(slug)) {
                return step;
            }
        }
        return null;
    }

    private static List<List<String>> choices(Enum<?>... values) {
        return java.util.Arrays.stream(values).map(v -> List.of(v.name(), capitalised(Text.words(v)))).toList();
    }

    private static String capitalised(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** The question the step's radios answer. */
    public String choiceLegend() {
        return this == PARENT_RESPONSE ? "Have they finished commenting?" : title;
    }

    /** Guidance under a date, beyond the example. */
    public String secondDateHint() {
        return this == EXCEPTION ? "Needed for a closure (the day it reopened) or an absence (the day they came back). "
                + "For example, 27 3 2026" : "For example, 27 3 2026";
    }

    /** The task the step completes, or null for a step offered whenever it makes sense. */
    String taskKey() { return taskKey; }

    public String title() { return title; }
    public List<List<String>> choices() { return choices; }
    public String firstDate() { return firstDate; }
    public String secondDate() { return secondDate; }
    public String text() { return text; }
    public boolean textRequired() { return textRequired; }
    public String note() { return note; }
}
