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
        return table.equals("backlog") ? "Open assessments " + measure + " weeks since the request" : measure;
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
            default -> List.of("Clock started", "Due", "Date counted");
        };
    }
}
