package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Lines of the SEN2 extract and the validation checks, from case facts as the SQL reads them. */
class Sen2RowTest {

    private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    @Test
    void aPlanIssuedWithinTheYear() {
        Sen2Row row = Sen2Row.of(facts("PLAN_ISSUED", "ASSESS", "2024-02-10", "ISSUE_PLAN", "2024-04-20",
                "2024-05-20", null, null, true), YEAR_END);
        assertThat(row.csvRow()).containsExactly("EHC-1", LocalDate.parse("2024-01-08"), "PARENT",
                "DECIDED_TO_ASSESS", LocalDate.parse("2024-02-10"), "N", "DECIDED_TO_ISSUE_PLAN",
                LocalDate.parse("2024-04-20"), "Y", LocalDate.parse("2024-05-20"), null, null);
    }

    @Test
    void whatHappenedAfterTheYearEndIsNotYetKnown() {
        Sen2Row row = Sen2Row.of(facts("PLAN_ISSUED", "ASSESS", "2025-01-06", "ISSUE_PLAN", "2025-03-01",
                "2025-04-01", null, null, false), YEAR_END);
        assertThat(row.requestOutcome()).isEqualTo("PENDING");
        assertThat(row.requestOutcomeDate()).isNull();
        assertThat(row.assessmentOutcome()).isNull();
        assertThat(row.week20()).isNull();
        assertThat(row.startDate()).isNull();

        Sen2Row assessing = Sen2Row.of(facts("PLAN_ISSUED", "ASSESS", "2024-02-10", "ISSUE_PLAN", "2025-03-01",
                "2025-04-01", null, null, false), YEAR_END);
        assertThat(assessing.assessmentOutcome()).isEqualTo("IN_PROGRESS");
        assertThat(assessing.week20()).isEqualTo("N");
    }

    @Test
    void aChildWhoMovedAwayDuringTheAssessmentIsExported() {
        Sen2Row row = Sen2Row.of(facts("CLOSED", "ASSESS", "2024-02-10", null, null, null, "2024-06-01", "MOVED_OUT",
                false), YEAR_END);
        assertThat(row.exported()).isEqualTo("Y");
        assertThat(row.assessmentOutcome()).isEqualTo("MOVED_OUT");
        assertThat(row.assessmentOutcomeDate()).isEqualTo(LocalDate.parse("2024-06-01"));
        Sen2Row withdrawnBeforeDecision = Sen2Row.of(facts("WITHDRAWN", null, null, null, null, null, "2024-01-20",
                "WITHDRAWN", false), YEAR_END);
        assertThat(withdrawnBeforeDecision.requestOutcome()).isEqualTo("WITHDRAWN");
        assertThat(withdrawnBeforeDecision.exported()).isEqualTo("N");
        assertThat(withdrawnBeforeDecision.assessmentOutcome()).isNull();
    }

    @Test
    void aCleanRecordPassesEveryCheck() {
        assertThat(Sen2Checks.of(facts("PLAN_ISSUED", "ASSESS", "2024-02-10", "ISSUE_PLAN", "2024-04-20",
                "2024-05-20", null, null, false))).isEmpty();
    }

    @Test
    void aPlanDatedBeforeItsRequestAndWithoutAPlanDecisionFails() {
        assertThat(Sen2Checks.of(facts("PLAN_ISSUED", "ASSESS", "2024-02-10", null, null, "2023-12-01", null, null,
                false))).extracting(Sen2Problem::field, Sen2Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("StartDate",
                        "is 2023-12-01, before the request was received (2024-01-08)"),
                org.assertj.core.groups.Tuple.tuple("AssessmentOutcome",
                        "a plan was issued but no decision to issue it is recorded"));
    }

    @Test
    void missingOutcomeDatesFail() {
        assertThat(Sen2Checks.of(facts("REFUSED", "REFUSE", null, null, null, null, null, null, false)))
                .extracting(Sen2Problem::field).containsExactly("RequestOutcomeDate");
        assertThat(Sen2Checks.of(facts("NO_PLAN", "ASSESS", "2024-02-10", "NO_PLAN", null, null, null, null, false)))
                .extracting(Sen2Problem::field).containsExactly("AssessmentOutcomeDate");
        assertThat(Sen2Checks.of(facts("PLAN_ISSUED", "ASSESS", "2024-02-10", "ISSUE_PLAN", "2024-04-01", null, null,
                null, false))).extracting(Sen2Problem::field).containsExactly("StartDate");
        assertThat(Sen2Checks.of(facts("WITHDRAWN", null, null, null, null, null, null, "WITHDRAWN", false)))
                .extracting(Sen2Problem::field).containsExactly("RequestOutcomeDate");
    }

    @Test
    void outOfOrderDatesFail() {
        assertThat(Sen2Checks.of(facts("NO_PLAN", "ASSESS", "2024-01-01", "NO_PLAN", "2023-12-20", null, null, null,
                false))).extracting(Sen2Problem::field)
                .containsExactly("RequestOutcomeDate", "AssessmentOutcomeDate");
    }

    @Test
    void importedCasesWithoutSourceOrDateOfBirthFail() {
        Sen2Facts imported = new Sen2Facts("EHC-9", LocalDate.parse("2024-01-08"), null, "OPEN", null, null, null,
                null, null, null, null, null, false, false);
        assertThat(Sen2Checks.of(imported)).extracting(Sen2Problem::field)
                .containsExactly("RequestSource", "PersonBirthDate");
        assertThat(Sen2Row.of(imported, YEAR_END).requestSource()).isNull();
    }

    @Test
    void theRequestOutcomeDateIsTheDayTheFamilyWasTold() {
        Sen2Row row = Sen2Row.of(notified("2024-02-10", "2024-02-15"), YEAR_END);
        assertThat(row.requestOutcome()).isEqualTo("DECIDED_TO_ASSESS");
        assertThat(row.requestOutcomeDate()).isEqualTo(LocalDate.parse("2024-02-15"));

        // decided in December, told in January: pending in this year's return, an outcome of next year's
        Sen2Facts toldInJanuary = notified("2024-12-20", "2025-01-03");
        assertThat(Sen2Row.of(toldInJanuary, YEAR_END).requestOutcome()).isEqualTo("PENDING");
        assertThat(Sen2Row.of(toldInJanuary, YEAR_END).assessmentOutcome()).isNull();
        Sen2Row nextYear = Sen2Row.of(toldInJanuary, YEAR_END.plusYears(1));
        assertThat(nextYear.requestOutcome()).isEqualTo("DECIDED_TO_ASSESS");
        assertThat(nextYear.requestOutcomeDate()).isEqualTo(LocalDate.parse("2025-01-03"));
    }

    @Test
    void aNoticeUndatedOrDatedBeforeItsDecisionFails() {
        assertThat(Sen2Checks.of(notified("2024-02-10", null))).extracting(Sen2Problem::field, Sen2Problem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("RequestOutcomeDate",
                        "is missing: the family's notice of the decision whether to assess has no date"));
        assertThat(Sen2Checks.of(notified("2024-02-10", "2024-02-09"))).extracting(Sen2Problem::message)
                .containsExactly("is 2024-02-09, before the decision it tells of (2024-02-10)");
    }

    /** Decided to assess, the family told on {@code noticeDate}; still being assessed. */
    private static Sen2Facts notified(String decisionDate, String noticeDate) {
        return new Sen2Facts("EHC-1", LocalDate.parse("2024-01-08"), "PARENT", "OPEN", "ASSESS", date(decisionDate),
                date(noticeDate), null, null, null, null, null, false, true);
    }

    /** The family told of the decision the day it was made. */
    private static Sen2Facts facts(String status, String decision, String decisionDate, String planDecision,
                                   String planDecisionDate, String finalPlanDate, String closedDate,
                                   String closedReason, boolean exception) {
        return new Sen2Facts("EHC-1", LocalDate.parse("2024-01-08"), "PARENT", status, decision, date(decisionDate),
                date(decisionDate), planDecision, date(planDecisionDate), date(finalPlanDate), date(closedDate),
                closedReason, exception, true);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
