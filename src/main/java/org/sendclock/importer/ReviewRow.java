package org.sendclock.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.PhaseTransfers;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.PlanChecks;

/**
 * One row of reviews.csv: one annual review of a maintained plan as the previous system holds it. A case's rows, put
 * in meeting order, are its plan's review cycles in order (ADR 25). A review without a decision is the open one; its
 * meeting may still be ahead (arranged), and one whose day has passed is taken as held.
 * <p>
 * The steps of a cycle between its meeting and its decision, and after it, are optional columns ({@link #STEPS}): who
 * arranged the meeting, the invitations sent, the advice circulated, the report received, the family's representations
 * on proposed amendments and the consultation on ceasing. A file without one of these columns keeps what is recorded
 * here for it; a column present and left empty says the step is not done.
 */
record ReviewRow(int number, String caseRef, LocalDate meetingDate, ReviewDecision decision, LocalDate decisionDate,
                 LocalDate amendmentsProposedDate, LocalDate amendedPlanDate, boolean phaseTransfer,
                 String meetingArrangedBy, LocalDate invitationsSentDate, LocalDate adviceCirculatedDate,
                 LocalDate reportDate, LocalDate representationsDate, LocalDate ceaseConsultedDate,
                 Set<String> carried) {

    static final String FILE = "reviews.csv";
    /**
     * The review history's columns: the meeting, the decision and the amendment. A file of these alone (the SEN2
     * return's reviews, ReturnRows) restates them and keeps every other step recorded here.
     */
    static final List<String> HISTORY = List.of("case_ref", "meeting_date", "decision", "decision_date",
            "amendments_proposed_date", "amended_plan_date", "phase_transfer");
    /** The optional columns of a cycle's other recorded steps, in the file's order after the history's. */
    static final List<String> STEPS = List.of("meeting_arranged_by", "invitations_sent_date",
            "advice_circulated_date", "report_date", "representations_date", "cease_consulted_date");
    static final List<String> COLUMNS = java.util.stream.Stream.concat(HISTORY.stream(), STEPS.stream()).toList();
    static final Set<String> REQUIRED = Set.of("case_ref", "meeting_date");

    private static final int MAX_CASE_REF = 30;
    /** As a meeting arranged here ({@code ReviewService.ARRANGED_BY_LENGTH}). */
    private static final int MAX_ARRANGED_BY = 200;

    /**
     * What the import knows of a case held before it: its plan (null when it has none), for checking a row against.
     *
     * @param cycles the plan's review cycles held (the first opens with the plan)
     */
    record HeldPlan(long caseId, Long planId, LocalDate start, LocalDate ceased, LocalDate childDateOfBirth,
                    int cycles) {
    }

    /**
     * Reads one row, checking it on its own and against the plan of the case it names ({@code held}, null when there
     * is no such case); null when it has any error (all of them recorded).
     */
    static ReviewRow read(CsvRow row, LocalDate today, HeldPlan held, boolean infantJuniorTransfers) {
        String caseRef = row.required("case_ref");
        row.rejectIf(caseRef != null && caseRef.length() > MAX_CASE_REF, "case_ref",
                "must be at most " + MAX_CASE_REF + " characters");
        LocalDate meeting = row.date("meeting_date");
        if (meeting == null && row.text("meeting_date") == null) {
            row.reject("meeting_date", "is required");
        }
        String transferCell = row.text("phase_transfer");
        row.rejectIf(transferCell != null && !transferCell.equals("Y") && !transferCell.equals("N"), "phase_transfer",
                "must be Y for the review that moves the child to the next phase, or empty, not \""
                        + ImportErrors.excerpt(transferCell) + "\"");
        String arrangedBy = row.text("meeting_arranged_by");
        row.rejectIf(arrangedBy != null && arrangedBy.length() > MAX_ARRANGED_BY, "meeting_arranged_by",
                "must be at most " + MAX_ARRANGED_BY + " characters");
        ReviewRow r = new ReviewRow(row.number(), caseRef, meeting, row.code("decision", ReviewDecision.class),
                row.date("decision_date"), row.date("amendments_proposed_date"), row.date("amended_plan_date"),
                "Y".equals(transferCell), arrangedBy, row.date("invitations_sent_date"),
                row.date("advice_circulated_date"), row.date("report_date"), row.date("representations_date"),
                row.date("cease_consulted_date"), STEPS.stream().filter(row::has).collect(Collectors.toSet()));
        r.check(row, today, held, infantJuniorTransfers);
        return row.valid() ? r : null;
    }

    private void check(CsvRow row, LocalDate today, HeldPlan held, boolean infantJuniorTransfers) {
        boolean decided = row.text("decision") != null;
        for (String column : DATES) {
            row.rejectIf(PlanChecks.inFuture(dateIn(column), today) != null, column, "must not be in the future");
        }
        // An open review's meeting may be arranged for a day still to come; a decided one's has been held.
        row.rejectIf(decided && PlanChecks.inFuture(meetingDate, today) != null, "meeting_date",
                "must not be in the future for a decided review: its meeting has been held");
        row.rejectIf(decided && row.text("decision_date") == null, "decision_date",
                "is required when decision is set: the date the decision was sent");
        row.rejectIf(!decided && row.text("decision_date") != null, "decision",
                "is required when decision_date is set: MAINTAIN, AMEND or CEASE");
        boolean amend = decision == ReviewDecision.AMEND;
        for (String column : List.of("amendments_proposed_date", "amended_plan_date")) {
            row.rejectIf(row.text(column) != null && !amend && (decision != null || !decided), column,
                    "is only for a review decided AMEND"
                            + (decision == null ? "" : ", not " + decision));
        }
        notBefore(row, "decision_date", meetingDate, "the meeting");
        notBefore(row, "amendments_proposed_date", decisionDate, "the decision");
        notBefore(row, "amended_plan_date", proposalDate(), amendmentsProposedDate != null
                ? "the amendments were proposed" : "the decision and its proposed amendments");
        checkSteps(row, today, decided);
        if (caseRef == null || caseRef.length() > MAX_CASE_REF) {
            return;
        }
        if (held == null) {
            row.reject("case_ref", "no case " + caseRef + " is held: import its plan (plans.csv) first");
            return;
        }
        if (held.planId() == null) {
            row.reject("case_ref", "case " + caseRef + " has no plan: import its plan (plans.csv) first");
            return;
        }
        row.rejectIf(meetingDate != null && meetingDate.isBefore(held.start()), "meeting_date",
                "must not be before the plan's start (" + held.start() + ")");
        row.rejectIf(meetingDate != null && held.ceased() != null && meetingDate.isAfter(held.ceased()),
                "meeting_date", "must not be after the plan ceased (" + held.ceased() + ")");
        for (String column : List.of("invitations_sent_date", "advice_circulated_date")) {
            LocalDate date = dateIn(column);
            row.rejectIf(date != null && date.isBefore(held.start()), column,
                    "must not be before the plan's start (" + held.start() + ")");
        }
        row.rejectIf(ceaseConsultedDate != null && held.ceased() != null && ceaseConsultedDate.isAfter(held.ceased()),
                "cease_consulted_date", "must not be after the plan ceased (" + held.ceased() + "): the plan is"
                        + " ceased after the consultation");
        if (phaseTransfer && meetingDate != null) {
            checkTransferYear(row, held, infantJuniorTransfers);
        }
    }

    /**
     * The cycle's other steps, as the review's own commands check them ({@code ReviewService}): the report follows the
     * meeting held and comes before the decision; the family's representations follow the proposed amendments and
     * come no later than the amended plan; the consultation on ceasing follows the decision to cease.
     */
    private void checkSteps(CsvRow row, LocalDate today, boolean decided) {
        row.rejectIf(reportDate != null && meetingDate != null && !meetingHeld(today)
                        && !reportDate.isBefore(meetingDate), "report_date",
                "is for a review whose meeting was held; the meeting on " + meetingDate + " is not yet");
        notBefore(row, "report_date", meetingDate, "the meeting");
        row.rejectIf(decisionDate != null && reportDate != null && decisionDate.isBefore(reportDate), "decision_date",
                "must not be before the report was received (" + reportDate + ")");
        onlyFor(row, "representations_date", ReviewDecision.AMEND, decided);
        notBefore(row, "representations_date", proposalDate(), amendmentsProposedDate != null
                ? "the amendments were proposed" : "the decision and its proposed amendments");
        row.rejectIf(representationsDate != null && amendedPlanDate != null
                        && representationsDate.isAfter(amendedPlanDate), "representations_date",
                "must not be after the amended plan was issued (" + amendedPlanDate + ")");
        onlyFor(row, "cease_consulted_date", ReviewDecision.CEASE, decided);
        notBefore(row, "cease_consulted_date", decisionDate, "the decision to cease");
    }

    private void onlyFor(CsvRow row, String column, ReviewDecision only, boolean decided) {
        row.rejectIf(dateIn(column) != null && decision != only && (decision != null || !decided), column,
                "is only for a review decided " + only + (decision == null ? "" : ", not " + decision));
    }

    /**
     * The steps before the meeting against the day the cycle began, the decision of the review before it (the next
     * cycle starts there): each wrong column with its message. The first cycle's are checked against the plan's start.
     */
    Map<String, String> stepsBeforeCycleBegan(LocalDate began) {
        Map<String, String> wrong = new LinkedHashMap<>();
        for (String column : List.of("invitations_sent_date", "advice_circulated_date")) {
            LocalDate date = dateIn(column);
            if (date != null && began != null && date.isBefore(began)) {
                wrong.put(column, "must not be before the review cycle began with the decision of the review before"
                        + " it (" + began + ")");
            }
        }
        return wrong;
    }

    /** As the clocks read it ({@code ClockRules}): the meeting or the proposal falls in a transfer's school year. */
    private void checkTransferYear(CsvRow row, HeldPlan held, boolean infantJuniorTransfers) {
        if (held.childDateOfBirth() == null) {
            row.reject("phase_transfer", "the child's date of birth is not recorded, so no transfer year is known");
            return;
        }
        List<PhaseTransfers.Transfer> transfers = PhaseTransfers.of(held.childDateOfBirth(), infantJuniorTransfers)
                .stream().filter(t -> !t.deadline().isBefore(held.start())).toList();
        boolean inYear = transfers.stream().anyMatch(t -> t.inItsYear(meetingDate) || t.inItsYear(proposalDate()));
        row.rejectIf(!inYear, "phase_transfer", "is Y but the meeting on " + meetingDate
                + " is not in the school year of a phase transfer of this child (born " + held.childDateOfBirth()
                + "); the plan's transfers are due " + (transfers.isEmpty() ? "none" : transfers.stream()
                .map(t -> t.deadline().toString()).collect(Collectors.joining(", "))));
    }

    private void notBefore(CsvRow row, String column, LocalDate earlier, String earlierIs) {
        LocalDate date = dateIn(column);
        row.rejectIf(date != null && earlier != null && date.isBefore(earlier), column,
                "must not be before " + earlierIs + " (" + earlier + ")");
    }

    private LocalDate dateIn(String column) {
        return switch (column) {
            case "decision_date" -> decisionDate;
            case "amendments_proposed_date" -> amendmentsProposedDate;
            case "amended_plan_date" -> amendedPlanDate;
            case "invitations_sent_date" -> invitationsSentDate;
            case "advice_circulated_date" -> adviceCirculatedDate;
            case "report_date" -> reportDate;
            case "representations_date" -> representationsDate;
            case "cease_consulted_date" -> ceaseConsultedDate;
            default -> throw new IllegalArgumentException(column);
        };
    }

    private static final List<String> DATES = List.of("decision_date", "amendments_proposed_date",
            "amended_plan_date", "invitations_sent_date", "advice_circulated_date", "report_date",
            "representations_date", "cease_consulted_date");

    /** Amendments go with the decision unless the file gives them a day of their own. */
    LocalDate proposalDate() {
        return amendmentsProposedDate != null ? amendmentsProposedDate : decisionDate;
    }

    boolean isDecided() {
        return decisionDate != null;
    }

    /** A review decided to maintain or amend the plan opens the next cycle; ceasing opens none. */
    boolean opensNextCycle() {
        return decision == ReviewDecision.MAINTAIN || decision == ReviewDecision.AMEND;
    }

    /** A decided review's meeting was held; an open one's was once its day has passed. */
    boolean meetingHeld(LocalDate today) {
        return isDecided() || meetingDate.isBefore(today);
    }

    /**
     * Writes what the row says into its cycle. A step whose column the file does not have keeps what is recorded here,
     * unless the row's facts rule it out: a report needs the meeting held, representations a decision to amend, a
     * consultation on ceasing a decision to cease.
     */
    void writeTo(AnnualReview cycle, LocalDate today) {
        boolean held = meetingHeld(today);
        cycle.restateFromImport(meetingDate, held, decision, decisionDate,
                decision == ReviewDecision.AMEND ? amendmentsProposedDate : null, amendedPlanDate, phaseTransfer);
        cycle.restateStepsFromImport(
                carried.contains("meeting_arranged_by") ? meetingArrangedBy : cycle.getMeetingArrangedBy(),
                carried.contains("invitations_sent_date") ? invitationsSentDate : cycle.getInvitationsSentDate(),
                carried.contains("advice_circulated_date") ? adviceCirculatedDate : cycle.getAdviceCirculatedDate(),
                !held ? null : carried.contains("report_date") ? reportDate : cycle.getReportDate(),
                decision != ReviewDecision.AMEND ? null
                        : carried.contains("representations_date") ? representationsDate : cycle.getRepresentationsDate(),
                decision != ReviewDecision.CEASE ? null
                        : carried.contains("cease_consulted_date") ? ceaseConsultedDate : cycle.getCeaseConsultedDate());
    }

    /** The columns of a held cycle as a row would write them: what a re-import is compared with, and what the export writes. */
    static List<String> cells(String caseRef, AnnualReview cycle) {
        return Arrays.asList(caseRef, text(cycle.getMeetingDate()), text(cycle.getDecision()),
                text(cycle.getDecisionDate()), text(cycle.getAmendmentsProposedDate()),
                text(cycle.getAmendedPlanDate()), cycle.isPhaseTransfer() ? "Y" : null,
                cycle.getMeetingArrangedBy(), text(cycle.getInvitationsSentDate()),
                text(cycle.getAdviceCirculatedDate()), text(cycle.getReportDate()),
                text(cycle.getRepresentationsDate()), text(cycle.getCeaseConsultedDate()));
    }

    List<String> cells() {
        return Arrays.asList(caseRef, text(meetingDate), text(decision), text(decisionDate),
                text(amendmentsProposedDate), text(amendedPlanDate), phaseTransfer ? "Y" : null, meetingArrangedBy,
                text(invitationsSentDate), text(adviceCirculatedDate), text(reportDate), text(representationsDate),
                text(ceaseConsultedDate));
    }

    /**
     * What this row would change in its held cycle, column by column ("decision MAINTAIN → AMEND"), and "meeting held"
     * when only the meeting's day passing makes it held; empty when nothing would. A step's column the file does not
     * have changes nothing.
     */
    List<String> changesFrom(AnnualReview cycle, LocalDate today) {
        List<String> mine = cells();
        List<String> theirs = cells(caseRef, cycle);
        List<String> changes = new ArrayList<>();
        for (int i = 1; i < COLUMNS.size(); i++) {
            if (STEPS.contains(COLUMNS.get(i)) && !carried.contains(COLUMNS.get(i))) {
                continue;
            }
            if (!Objects.equals(mine.get(i), theirs.get(i))) {
                changes.add(COLUMNS.get(i) + " " + shown(theirs.get(i)) + " → " + shown(mine.get(i)));
            }
        }
        if (changes.isEmpty() && meetingHeld(today) != cycle.isMeetingHeld()) {
            changes.add(meetingHeld(today) ? "meeting held" : "meeting not yet held");
        }
        return changes;
    }

    private static String shown(String cell) {
        return cell == null ? "(none)" : cell;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
