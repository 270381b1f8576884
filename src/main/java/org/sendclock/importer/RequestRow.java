package org.sendclock.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.ClosedReason;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.PlanDecision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.casefile.ReturnFlags;

/** One row of requests.csv: an assessment request as the previous system recorded it. */
record RequestRow(String caseRef, LocalDate requestDate, RequestSource requestSource, LocalDate decisionDate,
                  Decision decision, LocalDate decisionNoticeDate, LocalDate noPlanDate, LocalDate draftPlanDate, LocalDate finalPlanDate,
                  ExceptionReason exceptionReason, LocalDate closedDate, ClosedReason closedReason, String team,
                  String caseworker, String childGivenName, String childFamilyName, LocalDate childDateOfBirth,
                  String upn, PersonColumns.ReturnDetails returnDetails, Boolean youthAccommodation) {

    static final String FILE = "requests.csv";
    static final List<String> COLUMNS = List.of("case_ref", "request_date", "request_source", "decision_date",
            "decision", "decision_notice_date", "no_plan_date", "draft_plan_date", "final_plan_date", "exception_reason", "closed_date",
            "closed_reason", "team", "caseworker", "child_given_name", "child_family_name", "child_date_of_birth",
            "upn", "child_sex", "child_ethnicity", "child_postcode", "child_uln", "upn_unknown_reason",
            "youth_accommodation");
    static final Set<String> REQUIRED = Set.of("case_ref", "request_date");
    /**
     * Child details and the SEN2 return's youth accommodation flag are optional: an empty cell leaves what the system
     * already holds.
     */
    private static final Set<String> CHILD_COLUMNS = Set.of("child_given_name", "child_family_name",
            "child_date_of_birth", "upn", "child_sex", "child_ethnicity", "child_postcode", "child_uln",
            "upn_unknown_reason", "youth_accommodation");

    private static final int MAX_CASE_REF = 30;

    /** Reads one row, checking it on its own; null when it has any error (all of them recorded). */
    static RequestRow read(CsvRow row, LocalDate today) {
        String caseRef = row.required("case_ref");
        row.rejectIf(caseRef != null && caseRef.length() > MAX_CASE_REF, "case_ref",
                "must be at most " + MAX_CASE_REF + " characters");
        LocalDate requestDate = row.date("request_date");
        if (requestDate == null && row.text("request_date") == null) {
            row.reject("request_date", "is required");
        }
        LocalDate decisionDate = row.date("decision_date");
        LocalDate noticeDate = row.date("decision_notice_date");
        // The week 6 clock is met by telling the family; a file that only has the decision's date says it was the
        // day they were told.
        RequestRow r = new RequestRow(caseRef, requestDate, row.code("request_source", RequestSource.class),
                decisionDate, row.code("decision", Decision.class), noticeDate != null ? noticeDate : decisionDate,
                row.date("no_plan_date"),
                row.date("draft_plan_date"), row.date("final_plan_date"),
                row.code("exception_reason", ExceptionReason.class), row.date("closed_date"),
                row.code("closed_reason", ClosedReason.class), blankToNull(row.raw("team")),
                blankToNull(row.raw("caseworker")), row.text("child_given_name"), row.text("child_family_name"),
                row.date("child_date_of_birth"), row.text("upn"),
                PersonColumns.ReturnDetails.read(row, row.text("upn")), row.yesNo("youth_accommodation"));
        r.check(row, today);
        return row.valid() ? r : null;
    }

    private void check(CsvRow row, LocalDate today) {
        for (String column : List.of("request_date", "decision_date", "decision_notice_date", "no_plan_date", "draft_plan_date",
                "final_plan_date", "closed_date", "child_date_of_birth")) {
            LocalDate date = dateIn(column);
            row.rejectIf(date != null && date.isAfter(today), column, "must not be in the future");
        }
        row.rejectIf(decisionDate != null && decision == null && row.text("decision") == null, "decision",
                "is required when decision_date is set: ASSESS or REFUSE");
        row.rejectIf(decision != null && decisionDate == null && row.text("decision_date") == null, "decision_date",
                "is required when decision is set");
        notBefore(row, "decision_date", "request_date");
        row.rejectIf(row.text("decision_notice_date") != null && decisionDate == null
                        && row.text("decision_date") == null, "decision_notice_date",
                "needs its decision: decision_date and decision");
        notBefore(row, "decision_notice_date", "decision_date");
        boolean refused = decision == Decision.REFUSE;
        for (String step : List.of("no_plan_date", "draft_plan_date", "final_plan_date")) {
            if (dateIn(step) != null) {
                row.rejectIf(refused, step, step.equals("final_plan_date") ? "a final plan cannot be issued on a refused"
                        + " request" : "is not possible on a refused request");
                row.rejectIf(decision == null && row.text("decision") == null, step,
                        "needs a decision to assess (decision ASSESS with its decision_date)");
                notBefore(row, step, "request_date");
                notBefore(row, step, "decision_date");
            }
        }
        row.rejectIf(noPlanDate != null && (draftPlanDate != null || finalPlanDate != null), "no_plan_date",
                "a case with no plan has no draft or final plan");
        notBefore(row, "final_plan_date", "draft_plan_date");
        row.rejectIf(closedDate != null && closedReason == null && row.text("closed_reason") == null, "closed_reason",
                "is required when closed_date is set: WITHDRAWN, MOVED_OUT or OTHER");
        row.rejectIf(closedReason != null && closedDate == null && row.text("closed_date") == null, "closed_date",
                "is required when closed_reason is set");
        if (closedDate != null) {
            row.rejectIf(refused || noPlanDate != null || finalPlanDate != null, "closed_date",
                    "a case that reached an outcome (refused, no plan or plan issued) is not also closed");
            notBefore(row, "closed_date", "request_date");
            notBefore(row, "closed_date", "decision_date");
            notBefore(row, "closed_date", "draft_plan_date");
        }
        notBefore(row, "request_date", "child_date_of_birth");
        PersonColumns.check(row, childGivenName, childFamilyName, team, caseworker, upn);
    }

    private void notBefore(CsvRow row, String column, String earlierColumn) {
        LocalDate date = dateIn(column);
        LocalDate earlier = dateIn(earlierColumn);
        row.rejectIf(date != null && earlier != null && date.isBefore(earlier), column,
                "must not be before " + earlierColumn + " (" + earlier + ")");
    }

    private LocalDate dateIn(String column) {
        return switch (column) {
            case "request_date" -> requestDate;
            case "decision_date" -> decisionDate;
            case "decision_notice_date" -> decisionNoticeDate;
            case "no_plan_date" -> noPlanDate;
            case "draft_plan_date" -> draftPlanDate;
            case "final_plan_date" -> finalPlanDate;
            case "closed_date" -> closedDate;
            case "child_date_of_birth" -> childDateOfBirth;
            default -> throw new IllegalArgumentException(column);
        };
    }

    /** How the case ended, or OPEN: the dates decide, as they would have in the previous system. */
    CaseStatus status() {
        if (closedDate != null) {
            return closedReason == ClosedReason.WITHDRAWN ? CaseStatus.WITHDRAWN : CaseStatus.CLOSED;
        }
        if (finalPlanDate != null) {
            return CaseStatus.PLAN_ISSUED;
        }
        if (noPlanDate != null) {
            return CaseStatus.NO_PLAN;
        }
        return decision == Decision.REFUSE ? CaseStatus.REFUSED : CaseStatus.OPEN;
    }

    /** The first step after which no more advice is gathered, or null while it still is. */
    LocalDate adviceGatheringEnded() {
        return CaseFacts.earliest(draftPlanDate, noPlanDate, finalPlanDate, closedDate);
    }

    /** The child's names, date of birth and UPN from the row over those held. */
    private Child named(Child existing) {
        return new Child(
                childGivenName != null ? childGivenName : existing == null ? null : existing.getGivenName(),
                childFamilyName != null ? childFamilyName : existing == null ? null : existing.getFamilyName(),
                childDateOfBirth != null ? childDateOfBirth : existing == null ? null : existing.getDateOfBirth(),
                upn != null ? upn : existing == null ? null : existing.getUpn(),
                existing == null ? null : existing.getSetting());
    }

    Child child(Child existing) {
        return returnDetails.over(named(existing), existing, upn);
    }

    /** The case's SEN2 flags with this row's youth accommodation over them, when it gives one. */
    ReturnFlags returnFlags(ReturnFlags held) {
        return youthAccommodation == null ? held : new ReturnFlags(youthAccommodation, held.requestMediation(),
                held.requestTribunal(), held.assessmentMediation(), held.assessmentTribunal(), held.otherMediation(),
                held.otherTribunal());
    }

    /** A case as its row of requests.csv: what the export writes and what a re-import is compared with. */
    static RequestRow of(AssessmentCase c, ExceptionReason exceptionReason) {
        Child child = c.getChild();
        return new RequestRow(c.getCaseRef(), c.getRequestDate(), c.getRequestSource(), c.getDecisionDate(),
                c.getDecision(), c.getDecisionNoticeDate(), c.getPlanDecision() == PlanDecision.NO_PLAN ? c.getNoPlanNoticeDate() : null,
                c.getDraftServedDate(), c.getFinalPlanDate(), exceptionReason, c.getClosedDate(), c.getClosedReason(),
                c.getTeam(), c.getCaseworker(), child.getGivenName(), child.getFamilyName(), child.getDateOfBirth(),
                child.getUpn(), PersonColumns.ReturnDetails.of(child), c.returnFlags().youthAccommodation());
    }

    List<String> cells() {
        List<String> cells = new ArrayList<>(Arrays.asList(caseRef, text(requestDate), text(requestSource),
                text(decisionDate), text(decision), text(decisionNoticeDate), text(noPlanDate), text(draftPlanDate),
                text(finalPlanDate), text(exceptionReason), text(closedDate), text(closedReason), team, caseworker,
                childGivenName, childFamilyName, text(childDateOfBirth), upn));
        cells.addAll(returnDetails.cells());
        cells.add(youthAccommodation == null ? null : youthAccommodation ? "Y" : "N");
        return cells;
    }

    /**
     * What this row would change in the case as the system holds it, column by column ("decision_date 2024-02-01 →
     * 2024-02-03"); empty when nothing would.
     */
    List<String> changesFrom(RequestRow current) {
        List<String> mine = cells();
        List<String> theirs = current.cells();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            String column = COLUMNS.get(i);
            if (CHILD_COLUMNS.contains(column) && mine.get(i) == null) {
                continue;
            }
            if (!Objects.equals(mine.get(i), theirs.get(i))) {
                changes.add(column + " " + shown(theirs.get(i)) + " → " + shown(mine.get(i)));
            }
        }
        return changes;
    }

    private static String shown(String cell) {
        return cell == null ? "(none)" : cell;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
