package org.sendclock.web;

import java.util.List;
import java.util.Map;

/** The words the drill-down page uses for a figure ("twenty-week", "onTime") and for the dates of its cases. */
final class FigureLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("twenty-week.issued", "New plans issued"),
            Map.entry("twenty-week.onTime", "New plans issued within 20 weeks"),
            Map.entry("twenty-week.issuedExcludingExceptions", "New plans issued, excluding exceptions"),
            Map.entry("twenty-week.onTimeExcludingExceptions",
                    "New plans issued within 20 weeks, excluding exceptions"),
            Map.entry("twenty-week.issuedAfter30Weeks", "New plans issued after more than 30 weeks"),
            Map.entry("twenty-week.issuedAfter52Weeks", "New plans issued after more than 52 weeks"),
            Map.entry("decisions.decided", "Decisions whether to assess"),
            Map.entry("decisions.onTime", "Decisions whether to assess within 6 weeks"),
            Map.entry("decisions.assessed", "Decisions to assess"),
            Map.entry("decisions.refused", "Decisions not to assess"),
            Map.entry("advice.returned", "Advice returned"),
            Map.entry("advice.onTime", "Advice returned within 6 weeks"),
            Map.entry("advice.returnedExcludingExceptions", "Advice returned, excluding reg 8(2) exceptions"),
            Map.entry("advice.onTimeExcludingExceptions",
                    "Advice returned within 6 weeks, excluding reg 8(2) exceptions"),
            Map.entry("backlog.open", "Open assessments"),
            Map.entry("backlog.DECISION", "Overdue decisions whether to assess"),
            Map.entry("backlog.NO_PLAN_NOTICE", "Overdue notices that no plan will be issued"),
            Map.entry("backlog.FINAL_PLAN", "Overdue final plans"),
            Map.entry("backlog.ADVICE", "Overdue advice requests"),
            Map.entry("reviews.due", "Annual reviews due"),
            Map.entry("reviews.onTime", "Annual reviews decided by their due date"),
            Map.entry("reviews.decided", "Review decisions"),
            Map.entry("reviews.decidedWithin4Weeks", "Review decisions within 4 weeks of the meeting"),
            Map.entry("reviews.amended", "Amended plans issued"),
            Map.entry("reviews.amendedWithin8Weeks", "Amended plans issued within 8 weeks of the proposal"),
            Map.entry("reviews.amendedWithin12WeeksOfMeeting",
                    "Amended plans issued within 12 weeks of the review meeting"),
            Map.entry("reviews.maintained", "Review decisions to maintain the plan"),
            Map.entry("reviews.amendedDecisions", "Review decisions to amend the plan"),
            Map.entry("reviews.ceased", "Review decisions to cease the plan"),
            Map.entry("reviews/overdue.all", "Overdue annual reviews"),
            Map.entry("forecast.issued", "Plans issued this year"),
            Map.entry("forecast.onTime", "Plans issued within 20 weeks this year"),
            Map.entry("forecast.openDueThisYear", "Open cases whose week 20 falls this year"),
            Map.entry("forecast.stillPossibleOnTime", "Open cases that can still be issued on time"),
            Map.entry("forecast.alreadyLate", "Open cases already past week 20"),
            Map.entry("forecast.openDueInEarlierYears", "Open cases past a week 20 of an earlier year"),
            Map.entry("phase-transfers.due", "Phase transfers due"),
            Map.entry("phase-transfers.finalisedByDeadline", "Phase transfers finalised by the deadline"));

    private FigureLabels() {
    }

    static String of(String table, String measure) {
        String label = LABELS.get(table + "." + measure);
        if (label != null) {
            return label;
        }
        return switch (table) {
            case "backlog" -> "Open assessments " + measure + " weeks since the request";
            case "reviews/overdue" -> "Annual reviews overdue by " + measure + " weeks";
            default -> measure;
        };
    }

    /** The reviews table's column headings, short enough for a row of ten. */
    static String reviewColumn(String measure) {
        return switch (measure) {
            case "due" -> "Due";
            case "onTime" -> "Decided by the due date";
            case "decided" -> "Decisions";
            case "decidedWithin4Weeks" -> "Decided within 4 weeks of the meeting";
            case "amended" -> "Amended plans issued";
            case "amendedWithin8Weeks" -> "Within 8 weeks of the proposal";
            case "amendedWithin12WeeksOfMeeting" -> "Within 12 weeks of the meeting";
            case "maintained" -> "Maintained";
            case "amendedDecisions" -> "Amend";
            case "ceased" -> "Cease";
            default -> measure;
        };
    }

    /**
     * Each review count measures from its own dates: a cycle from its start to its due date, a decision from the
     * meeting, an amended plan from the proposal (or, for the twelve weeks, the meeting).
     */
    static List<String> dateHeadings(String table, String measure) {
        if (!table.equals("reviews")) {
            return dateHeadings(table);
        }
        return switch (measure) {
            case "due", "onTime" -> List.of("Cycle started", "Review due", "Decision sent");
            case "amended", "amendedWithin8Weeks" ->
                    List.of("Amendments proposed", "Amended plan due (8 weeks)", "Amended plan issued");
            case "amendedWithin12WeeksOfMeeting" ->
                    List.of("Review meeting", "Amended plan due (12 weeks)", "Amended plan issued");
            default -> List.of("Review meeting", "Decision due (4 weeks)", "Decision sent");
        };
    }

    /**
     * Column headings for a case's start date, due date and counted date. The decisions measure counts the notice to
     * the family (reg 5(1)); the page shows the decision and its date beside it.
     */
    static List<String> dateHeadings(String table) {
        return switch (table) {
            case "twenty-week", "forecast" -> List.of("Request received", "Final plan due", "Final plan issued");
            case "decisions" -> List.of("Request received", "Notice due", "Notice sent");
            case "advice" -> List.of("Advice requested", "Advice due", "Advice received");
            case "phase-transfers" -> List.of("Transfer clock started", "Deadline", "Amended plan issued");
            case "reviews/overdue" -> List.of("Cycle started", "Review due", "Decision sent");
            default -> List.of("Clock started", "Due", "Date counted");
        };
    }
}
