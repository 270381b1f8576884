package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.review.ReviewSteps;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.Standing;
import org.sendclock.clock.StatutoryClock;
import org.sendclock.deadline.Deadline;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * reviews.csv through its API: several reviews per plan becoming its cycles in meeting order, the clocks and standings
 * that follow, open reviews live at their step and waiting for their process, a second run changing nothing, every
 * bad-input rule named with its row and column and nothing written, and no e-mail for a clock already past.
 */
@IntegrationTest
class ReviewsImportIT {

    static final String HEADER = "case_ref,meeting_date,decision,decision_date,amendments_proposed_date,"
            + "amended_plan_date,phase_transfer\n";
    static final String ADVICE_HEADER = "case_ref,advice_type,requested_date,received_date,exception_reason,provider,"
            + "withdrawn_date,review_meeting_date\n";
    /** With the optional columns of a cycle's other steps. */
    static final String STEPS_HEADER = HEADER.strip() + ",meeting_arranged_by,invitations_sent_date,"
            + "advice_circulated_date,report_date,representations_date,cease_consulted_date\n";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.RuntimeService runtime;
    @Autowired org.camunda.bpm.engine.ManagementService management;
    @Autowired CaseRepository cases;
    @Autowired ClockRegister clocks;
    @Autowired ClockSettings clockSettings;
    @Autowired Clock clock;
    @Autowired org.sendclock.engine.ReviewProcess reviewProcess;

    private final String p = "RV" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private LocalDate today;

    @BeforeEach
    void today() {
        today = LocalDate.now(clock);
    }

    @Test
    void reviewsBecomeTheirPlansCyclesInMeetingOrderWithTheirClocksAndASecondRunChangesNothing() throws Exception {
        LocalDate start1 = today.minusYears(4).withDayOfMonth(3);
        LocalDate r1 = start1.plusMonths(10);
        LocalDate r2 = r1.plusMonths(11);
        LocalDate r3 = today.minusDays(100);
        LocalDate start2 = today.minusYears(2).withDayOfMonth(5);
        LocalDate start4 = today.minusYears(3).withDayOfMonth(7);
        ok(postCsv("/api/imports/plans", PlansImportIT.HEADER
                + p + "1,Ann,Cycles,2012-03-01,," + start1 + ",100001,,SEMH,,,,North,\n"
                + p + "2,Bob,Awaiting,2011-10-01,," + start2 + ",100002,,MLD,,,,North,\n"
                + p + "3,Cat,Arranged,2013-01-15,," + today.minusMonths(10) + ",100003,,ASD,,,,North,\n"
                + p + "4,Dan,Amending,2010-02-02,," + start4 + ",100004,,SLD,,,,North,\n"
                + p + "5,Eve,Ceasing,2009-06-06,,2021-01-04,100005,,PD,,,,North,\n"
                + p + "6,Fay,Transfer,2014-05-01,,2019-01-07,100006,,SLCN,,,,North,\n"));

        String file = HEADER
                // the newest first: the file's order is not the cycles' order
                + p + "1," + r3 + ",MAINTAIN," + r3.plusDays(14) + ",,,\n"
                + p + "1," + r1 + ",MAINTAIN," + r1.plusDays(20) + ",,,\n"
                + p + "1," + r2 + ",AMEND," + r2.plusDays(21) + ",," + r2.plusDays(60) + ",\n"
                + p + "2," + start2.plusMonths(11) + ",MAINTAIN," + start2.plusMonths(11).plusDays(10) + ",,,\n"
                + p + "2," + today.minusDays(10) + ",,,,,\n"
                + p + "3," + today.plusDays(20) + ",,,,,\n"
                + p + "4," + today.minusDays(200) + ",AMEND," + today.minusDays(180) + ",,,\n"
                + p + "5,2021-12-01,MAINTAIN,2021-12-15,,,\n"
                + p + "5,2022-12-01,CEASE,2022-12-20,,,\n"
                + p + "6,2019-12-02,MAINTAIN,2019-12-20,,,\n"
                + p + "6,2020-12-01,MAINTAIN,2020-12-18,,,\n"
                + p + "6,2021-12-01,MAINTAIN,2021-12-17,,,\n"
                + p + "6,2022-12-01,MAINTAIN,2022-12-16,,,\n"
                + p + "6,2023-12-01,MAINTAIN,2023-12-15,,,\n"
                + p + "6,2024-10-10,AMEND,2024-11-01,,2025-01-20,Y\n";

        JsonNode first = ok(postCsv("/api/imports/reviews", file));
        assertThat(first.get("imported").asInt()).isEqualTo(15);
        assertThat(first.get("updated").asInt() + first.get("unchanged").asInt()).isZero();

        // Several cycles: in meeting order, each decision opening the next, the last open and waiting for its process.
        assertThat(cycles(p + "1")).containsExactly(
                "1 " + r1 + " held MAINTAIN " + r1.plusDays(20) + " -",
                "2 " + r2 + " held AMEND " + r2.plusDays(21) + " " + r2.plusDays(60),
                "3 " + r3 + " held MAINTAIN " + r3.plusDays(14) + " -",
                "4 - arranged - - -");
        Map<String, StatutoryClock> ann = clocksOf(p + "1");
        assertThat(ann.get("ANNUAL_REVIEW 1").getDueDate()).isEqualTo(start1.plusMonths(12));
        assertThat(ann.get("ANNUAL_REVIEW 2").getDueDate()).isEqualTo(r1.plusDays(20).plusMonths(12));
        assertThat(ann.get("ANNUAL_REVIEW 4").getDueDate()).isEqualTo(r3.plusDays(14).plusMonths(12));
        assertThat(ann.get("ANNUAL_REVIEW 4").standingOn(today)).isEqualTo(Standing.RUNNING);
        assertThat(ann.get("AMENDED_PLAN 2").getDoneDate()).isEqualTo(r2.plusDays(60));
        assertThat(ann.get("REVIEW_DECISION 3").standingOn(today)).isEqualTo(Standing.MET);
        JsonNode plan = getCase(p + "1").get("plan");
        assertThat(plan.get("reviewDue").asText()).isEqualTo(r3.plusDays(14).plusMonths(12).toString());
        assertThat(plan.get("reviewStanding").asText()).isEqualTo("RUNNING");

        // An open review whose meeting has been held: its report and decision are running.
        assertThat(cycles(p + "2")).containsExactly(
                "1 " + start2.plusMonths(11) + " held MAINTAIN " + start2.plusMonths(11).plusDays(10) + " -",
                "2 " + today.minusDays(10) + " held - - -");
        Map<String, StatutoryClock> bob = clocksOf(p + "2");
        assertThat(bob.get("REVIEW_DECISION 2").getDueDate()).isEqualTo(today.minusDays(10).plusDays(28));
        assertThat(bob.get("REVIEW_DECISION 2").standingOn(today)).isIn(Standing.RUNNING, Standing.AT_RISK);
        assertThat(bob.get("REVIEW_REPORT 2").standingOn(today)).isIn(Standing.RUNNING, Standing.AT_RISK);

        // A meeting arranged for a day to come fills the cycle the plan opened; its notices are due before it.
        assertThat(cycles(p + "3")).containsExactly("1 " + today.plusDays(20) + " arranged - - -");
        assertThat(clocksOf(p + "3").get("REVIEW_INVITATIONS 1").getDueDate()).isEqualTo(today.plusDays(6));
        assertThat(clocksOf(p + "3")).doesNotContainKey("REVIEW_DECISION 1");

        // An amendment decided long ago and never issued: overdue, and arrived so (no e-mail for it).
        Map<String, StatutoryClock> dan = clocksOf(p + "4");
        assertThat(dan.get("AMENDED_PLAN 1").getDueDate()).isEqualTo(today.minusDays(180).plusWeeks(8));
        assertThat(dan.get("AMENDED_PLAN 1").standingOn(today)).isEqualTo(Standing.OVERDUE);
        assertThat(cycles(p + "4")).hasSize(2);
        assertThat(cycles(p + "4").get(1)).isEqualTo("2 - arranged - - -");

        // Each cycle with a step left went live at it once the import committed (ADR 23's catch-up): one review
        // process for each, and nothing left waiting.
        for (String open : List.of(p + "1", p + "2", p + "3")) {
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                    .processInstanceBusinessKey(open).count()).as(open).isEqualTo(1);
        }
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(p + "4").count()).as("the amended plan still to issue, and the next cycle")
                .isEqualTo(2);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(p + "5").count()).as("decided to cease; the ceasing is still to record")
                .isEqualTo(1);
        assertThat(jdbc.queryForList("select c.case_ref || ' ' || r.cycle from plan_review r join assessment_case c"
                + " on c.id = r.case_id where c.case_ref like ? and r.awaiting_process = true", String.class, p + "%"))
                .isEmpty();

        // Ceasing ends the cycles: none opened after it.
        assertThat(cycles(p + "5")).containsExactly("1 2021-12-01 held MAINTAIN 2021-12-15 -",
                "2 2022-12-01 held CEASE 2022-12-20 -");

        // The phase-transfer review's amended plan meets the Year 6 transfer (15 February 2025).
        Map<String, StatutoryClock> fay = clocksOf(p + "6");
        assertThat(fay.get("TRANSFER_TO_SECONDARY -").getDueDate()).isEqualTo(LocalDate.of(2025, 2, 15));
        assertThat(fay.get("TRANSFER_TO_SECONDARY -").getDoneDate()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(fay.get("AMENDED_PLAN 6").getDueDate()).as("eight weeks from the proposal, before 15 February")
                .isEqualTo(LocalDate.of(2024, 11, 1).plusWeeks(8));
        assertThat(cycles(p + "6")).hasSize(7);

        // Quiet: every clock already passed when it was written arrived past, so no breach of it is e-mailed, and
        // the import itself e-mails no one.
        for (int i = 1; i <= 6; i++) {
            for (StatutoryClock k : clocksOf(p + i).values()) {
                if (k.standingOn(today) == Standing.OVERDUE) {
                    assertThat(k.arrivedPast(clockSettings.passedAt(k.getDueDate())))
                            .as(p + i + " " + k.getClock() + " " + k.getDueDate()).isTrue();
                }
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from mail_outbox where subject like ? or body like ?",
                Integer.class, "%" + p + "%", "%" + p + "%")).isZero();

        // A second run changes nothing: no cycle, no clock, no timeline entry.
        String before = state();
        JsonNode again = ok(postCsv("/api/imports/reviews", file));
        assertThat(again.get("unchanged").asInt()).isEqualTo(15);
        assertThat(again.get("imported").asInt() + again.get("updated").asInt()).isZero();
        assertThat(state()).isEqualTo(before);

        // A corrected decision date changes its cycle, the next cycle's review clock, and says so on the timeline.
        JsonNode changed = ok(postCsv("/api/imports/reviews", file.replace("2021-12-01,MAINTAIN,2021-12-15",
                "2021-12-01,MAINTAIN,2021-12-22")));
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        assertThat(changed.get("unchanged").asInt()).isEqualTo(14);
        assertThat(clocksOf(p + "5").get("ANNUAL_REVIEW 2").getDueDate()).isEqualTo(LocalDate.of(2022, 12, 22));
        assertThat(timeline(p + "5")).anyMatch(d -> d.contains("review 1: decision_date 2021-12-15 → 2021-12-22"));

        // A file that ends before the cycles held here (decided to cease, then given as still open) is refused.
        ResponseEntity<String> shorter = postCsv("/api/imports/reviews", HEADER + p + "5,2021-12-01,,,,,\n");
        assertThat(shorter.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(shorter)).containsExactly("1 case_ref");
        assertThat(shorter.getBody()).contains("has 2 review cycles recorded here");
    }

    @Test
    void everyBadRowIsNamedWithRowAndColumnAndNothingIsWritten() throws Exception {
        ok(postCsv("/api/imports/plans", PlansImportIT.HEADER
                + p + "a,Ada,Errors,2012-03-01,,2022-01-03,,,,,,,,\n"
                + p + "t,Tom,Transfer,2014-05-01,,2019-01-07,,,,,,,,\n"));
        ok(postCsv("/api/imports/requests", "case_ref,request_date,request_source\n" + p + "open,"
                + today.minusDays(3) + ",PARENT\n"));
        String a = p + "a";
        String file = HEADER
                + a + ",2024-05-10,MAINTAIN," + today.plusDays(1) + ",,,\n"                 // 1 decision in future
                + a + ",2024-06-10,MAINTAIN,2024-06-01,,,\n"                                 // 2 decision before meeting
                + a + ",2024-07-10,MAINTAIN,,,,\n"                                           // 3 decision without date
                + a + ",2024-08-10,,2024-08-20,,,\n"                                         // 4 date without decision
                + a + ",2024-09-10,MAINTAIN,2024-09-20,2024-09-20,,\n"                       // 5 amendments, not AMEND
                + a + ",2024-10-10,,,,2024-11-01,\n"                                         // 6 amended plan, undecided
                + a + ",2024-11-10,AMEND,2024-11-20,2024-11-25,2024-11-22,\n"                // 7 amended before proposal
                + a + ",2022-09-01,CEASE,2022-09-10,,,\n"                                    // 8 cease, not the last
                + a + ",2021-06-01,MAINTAIN,2021-06-10,,,\n"                                 // 9 before the plan's start
                + a + ",2023-03-01,MAINTAIN,2023-03-10,,,\n"                                 // 10
                + a + ",2023-03-01,MAINTAIN,2023-03-12,,,\n"                                 // 11 same meeting date
                + p + "t,2023-06-01,MAINTAIN,2023-06-10,,,Y\n"                               // 12 not a transfer year
                + a + ",2024-12-10,KEEP,2024-12-20,,,\n"                                     // 13 unknown decision
                + "X".repeat(31) + ",2024-01-10,,,,,\n"                                      // 14 over-long reference
                + p + "open,2024-01-10,,,,,\n"                                               // 15 a case without a plan
                + p + "none,2024-01-10,,,,,\n"                                               // 16 no such case
                + a + ",2022-06-01,,,,,\n"                                                   // 17 open, not the last
                + p + "t," + today.plusDays(5) + ",MAINTAIN," + today + ",,,\n"              // 18 decided, meeting ahead
                + a + ",2022-12-01,MAINTAIN,2023-02-20,,,\n"                                 // 19
                + a + ",2023-02-01,MAINTAIN,2023-02-25,,,\n"                                 // 20 before the decision before
                + p + "t,2024-01-10,MAINTAIN,2024-01-20,,,yes\n"                             // 21 not Y
                + a + ",,MAINTAIN,2024-01-20,,,\n";                                          // 22 no meeting
        String before = state();
        long cycles = jdbc.queryForObject("select count(*) from plan_review", Long.class);
        long clockRows = jdbc.queryForObject("select count(*) from statutory_clock", Long.class);

        ResponseEntity<String> refused = postCsv("/api/imports/reviews", file);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(refused)).containsExactlyInAnyOrder("1 decision_date", "2 decision_date",
                "3 decision_date", "4 decision", "5 amendments_proposed_date", "6 amended_plan_date",
                "7 amended_plan_date", "8 decision", "9 meeting_date", "11 meeting_date", "12 phase_transfer",
                "13 decision", "14 case_ref", "15 case_ref", "16 case_ref", "17 decision", "18 meeting_date", "18 decision_date",
                "20 meeting_date", "21 phase_transfer", "22 meeting_date");
        assertThat(refused.getBody()).contains("must not be in the future", "must not be before the meeting",
                "is required when decision is set", "is required when decision_date is set",
                "is only for a review decided AMEND, not MAINTAIN", "must not be before the amendments were proposed",
                "a decision to cease is the plan's last review", "must not be before the plan's start (2022-01-03)",
                "has two reviews with the meeting on 2023-03-01",
                "is not in the school year of a phase transfer of this child (born 2014-05-01)",
                "must be one of MAINTAIN, AMEND, CEASE, not \\\"KEEP\\\"", "must be at most 30 characters",
                "has no plan: import its plan (plans.csv) first", "no case " + p + "none is held",
                "only the last review may be open", "must not be in the future for a decided review",
                "must not be before the decision of the review before it (2023-02-20, row 19)",
                "must be Y for the review that moves the child to the next phase");
        assertThat(state()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from plan_review", Long.class)).isEqualTo(cycles);
        assertThat(jdbc.queryForObject("select count(*) from statutory_clock", Long.class)).isEqualTo(clockRows);

        // A dry run answers what would be done and writes nothing; only an administrator may import.
        JsonNode dryRun = ok(postCsv("/api/imports/reviews?dryRun=true", HEADER + a + ",2022-12-01,MAINTAIN,"
                + "2022-12-20,,,\n"));
        assertThat(dryRun.get("imported").asInt()).isEqualTo(1);
        assertThat(dryRun.get("dryRun").asBoolean()).isTrue();
        assertThat(state()).isEqualTo(before);
        assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/imports/reviews",
                new HttpEntity<>(HEADER, csvHeaders()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCyclesOtherStepsComeInWithItItsClocksAndItsProcessAtTheNextStep() throws Exception {
        ok(postCsv("/api/imports/plans", PlansImportIT.HEADER
                + p + "s1,Ann,Invited,2012-03-01,," + today.minusMonths(11) + ",100001,,SEMH,,,,North,\n"
                + p + "s2,Bob,Reported,2011-10-01,," + today.minusMonths(11) + ",100002,,MLD,,,,North,\n"
                + p + "s3,Cat,Represented,2013-01-15,," + today.minusYears(2) + ",100003,,ASD,,,,North,\n"
                + p + "s4,Dan,Consulted,2010-02-02,," + today.minusYears(2) + ",100004,,SLD,,,,North,\n"));
        String file = STEPS_HEADER
                + p + "s1," + today.plusDays(12) + ",,,,,,Castle Hill Primary," + today.minusDays(3) + ","
                + today.minusDays(2) + ",,,\n"
                + p + "s2," + today.minusDays(10) + ",,,,,,," + today.minusDays(30) + "," + today.minusDays(25) + ","
                + today.minusDays(2) + ",,\n"
                + p + "s3," + today.minusDays(200) + ",AMEND," + today.minusDays(180) + ",,,,,,," + today.minusDays(190)
                + "," + today.minusDays(170) + ",\n"
                + p + "s4," + today.minusDays(100) + ",CEASE," + today.minusDays(90) + ",,,,,,,,," + today.minusDays(60)
                + "\n";

        JsonNode first = ok(postCsv("/api/imports/reviews", file));
        assertThat(first.get("imported").asInt()).isEqualTo(4);

        assertThat(jdbc.queryForMap("select meeting_arranged_by, invitations_sent_date, advice_circulated_date from"
                + " plan_review r join assessment_case c on c.id = r.case_id where c.case_ref = ?", p + "s1"))
                .containsValues("Castle Hill Primary", java.sql.Date.valueOf(today.minusDays(3)),
                        java.sql.Date.valueOf(today.minusDays(2)));
        // Each step recorded meets its clock, and each open cycle's process waits at the step after the last done.
        assertThat(clocksOf(p + "s1").get("REVIEW_INVITATIONS 1").getDoneDate()).isEqualTo(today.minusDays(3));
        assertThat(clocksOf(p + "s1").get("REVIEW_ADVICE 1").getDoneDate()).isEqualTo(today.minusDays(2));
        assertThat(clocksOf(p + "s2").get("REVIEW_REPORT 1").getDoneDate()).isEqualTo(today.minusDays(2));
        assertThat(clocksOf(p + "s3").get("AMENDMENT_REPRESENTATIONS 1").getDoneDate())
                .isEqualTo(today.minusDays(170));
        assertThat(reviewProcess.activeSteps(p + "s1", cycleId(p + "s1", 1))).contains(ReviewSteps.HOLD_MEETING);
        assertThat(reviewProcess.activeSteps(p + "s2", cycleId(p + "s2", 1))).contains(ReviewSteps.DECIDE_AND_NOTIFY);
        assertThat(reviewProcess.activeSteps(p + "s3", cycleId(p + "s3", 1))).contains(ReviewSteps.ISSUE_AMENDED_PLAN);
        assertThat(reviewProcess.activeSteps(p + "s4", cycleId(p + "s4", 1))).contains(ReviewSteps.CEASE_PLAN);

        // The same again changes nothing; nor does the history without the steps' columns: what it does not carry is
        // kept.
        String before = state();
        assertThat(ok(postCsv("/api/imports/reviews", file)).get("unchanged").asInt()).isEqualTo(4);
        String historyOnly = HEADER + file.lines().skip(1).map(l -> String.join(",",
                java.util.Arrays.asList(l.split(",", -1)).subList(0, 7))).collect(Collectors.joining("\n", "", "\n"));
        assertThat(ok(postCsv("/api/imports/reviews", historyOnly)).get("unchanged").asInt()).isEqualTo(4);
        assertThat(state()).isEqualTo(before);

        // A step's column present and empty says the step is not done: the invitations are no longer recorded.
        JsonNode cleared = ok(postCsv("/api/imports/reviews", file.replace("Castle Hill Primary,"
                + today.minusDays(3), "Castle Hill Primary,")));
        assertThat(cleared.get("updated").asInt()).isEqualTo(1);
        assertThat(clocksOf(p + "s1").get("REVIEW_INVITATIONS 1").getDoneDate()).isNull();
        assertThat(timeline(p + "s1")).anyMatch(d -> d.contains("review 1: invitations_sent_date "
                + today.minusDays(3) + " → (none)"));
        assertThat(reviewProcess.activeSteps(p + "s1", cycleId(p + "s1", 1))).contains(ReviewSteps.SEND_INVITATIONS);
    }

    @Test
    void everyBadStepIsNamedWithRowAndColumnAndNothingIsWritten() throws Exception {
        ok(postCsv("/api/imports/plans", PlansImportIT.HEADER
                + p + "b,Ada,Steps,2012-03-01,,2022-01-03,,,,,,,,\n"
                + p + "c,Gus,Ceased,2008-02-02,,2020-03-02,,OLA,PD,,2023-01-31,2,,\n"));
        String b = p + "b";
        String file = STEPS_HEADER
                + b + ",2024-05-10,,,,,,,,," + today.plusDays(1) + ",,\n"                        // 1 report in future
                + b + ",2024-06-10,MAINTAIN,2024-06-20,,,,,,,2024-06-01,,\n"                     // 2 report before meeting
                + b + ",2024-07-10,MAINTAIN,2024-07-12,,,,,,,2024-07-15,,\n"                     // 3 decided before report
                + b + "," + today + ",,,,,,,,," + today + ",,\n"                                  // 4 meeting not yet held
                + b + ",2024-08-10,MAINTAIN,2024-08-20,,,,,,,,2024-08-25,\n"                     // 5 not AMEND
                + b + ",2024-09-10,AMEND,2024-09-20,2024-09-22,,,,,,,2024-09-21,\n"              // 6 before proposal
                + b + ",2024-10-10,AMEND,2024-10-20,,2024-11-30,,,,,,2024-12-01,\n"              // 7 after amended plan
                + b + ",2024-11-10,MAINTAIN,2024-11-20,,,,,,,,,2024-11-25\n"                     // 8 not CEASE
                + b + ",2024-12-10,CEASE,2024-12-20,,,,,,,,,2024-12-15\n"                        // 9 before decision
                + b + ",2025-01-10,,,,,," + "S".repeat(201) + ",,,,,\n"                           // 10 too long
                + b + ",2025-02-10,MAINTAIN,2025-02-20,,,,,2021-12-01,,,,\n"                     // 11 before plan start
                + b + ",2025-03-10,,,,,,,," + today.plusDays(2) + ",,,\n"                         // 12 in future
                + b + ",2023-01-10,MAINTAIN,2023-02-20,,,,,,,,,\n"                               // 13
                + b + ",2023-12-01,MAINTAIN,2023-12-10,,,,,2023-02-01,,,,\n"                     // 14 before cycle began
                + p + "c,2022-02-01,CEASE,2022-02-25,,,,,,,,,2023-02-10\n";                      // 15 after plan ceased
        String before = state();

        ResponseEntity<String> refused = postCsv("/api/imports/reviews", file);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(refused)).containsExactlyInAnyOrder("1 report_date", "2 report_date", "3 decision_date",
                "4 report_date", "5 representations_date", "6 representations_date", "7 representations_date",
                "8 cease_consulted_date", "9 cease_consulted_date", "10 meeting_arranged_by",
                "11 invitations_sent_date", "12 advice_circulated_date", "14 invitations_sent_date",
                "15 cease_consulted_date");
        assertThat(refused.getBody()).contains("must not be in the future", "must not be before the meeting (2024-06-10)",
                "must not be before the report was received (2024-07-15)",
                "is for a review whose meeting was held; the meeting on " + today + " is not yet",
                "is only for a review decided AMEND, not MAINTAIN",
                "must not be before the amendments were proposed (2024-09-22)",
                "must not be after the amended plan was issued (2024-11-30)",
                "is only for a review decided CEASE, not MAINTAIN",
                "must not be before the decision to cease (2024-12-20)", "must be at most 200 characters",
                "must not be before the plan's start (2022-01-03)",
                "must not be before the review cycle began with the decision of the review before it (2023-02-20)",
                "must not be after the plan ceased (2023-01-31)");
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void aReviewsAdviceIsNamedByItsMeetingCheckedAsTheAssessmentsAndLiveOnItsClock() throws Exception {
        String v = p + "v";
        LocalDate meeting = today.plusDays(15);
        planWithSecondReviewOpen(v, ",Val,Advice,2012-03-01,,2022-01-03,,,,,,,,", meeting);
        String file = ADVICE_HEADER
                + v + ",HEALTH,2022-12-01,2022-12-20,,Northshire ICB,,2023-01-10\n"
                + v + ",EDUCATION,2022-12-01,,,,,2023-01-10\n"
                + v + ",HEALTH," + today.minusDays(3) + ",,,,," + meeting + "\n";

        JsonNode first = ok(postCsv("/api/imports/advice", file));
        assertThat(first.get("imported").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForList("select r.cycle || ' ' || a.advice_type || ' ' || a.status || ' '"
                        + " || coalesce(cast(a.withdrawn_date as varchar(10)), '-') from advice_request a"
                        + " join plan_review r on r.id = a.review_id join assessment_case c on c.id = a.case_id"
                        + " where c.case_ref = ? order by r.cycle, a.advice_type", String.class, v))
                .as("awaited when review 1 was decided: withdrawn that day").containsExactly(
                        "1 EDUCATION WITHDRAWN 2023-01-25", "1 HEALTH RECEIVED -", "2 HEALTH REQUESTED -");
        Long awaited = jdbc.queryForObject("select a.id from advice_request a join plan_review r on r.id = a.review_id"
                + " where r.id = ?", Long.class, cycleId(v, 2));
        assertThat(clocks.ofAdvice(awaited).getDueDate()).isEqualTo(today.minusDays(3).plusWeeks(6));
        assertThat(clocks.ofAdvice(awaited).getReviewId()).isEqualTo(cycleId(v, 2));
        assertThat(reviewProcess.adviceTask(v, cycleId(v, 2), awaited)).as("its six weeks run in the cycle's process")
                .isPresent();
        assertThat(jdbc.queryForObject("select count(*) from advice_request a join assessment_case c"
                + " on c.id = a.case_id where c.case_ref = ? and a.review_id is null", Integer.class, v)).isZero();

        String before = state() + jdbc.queryForList("select a.* from advice_request a join assessment_case c"
                + " on c.id = a.case_id where c.case_ref = ? order by a.id", v);
        assertThat(ok(postCsv("/api/imports/advice", file)).get("unchanged").asInt()).isEqualTo(3);

        // Received now: the clock is met and the engine's task for it is done.
        JsonNode received = ok(postCsv("/api/imports/advice", file.replace(today.minusDays(3) + ",,",
                today.minusDays(3) + "," + today.minusDays(1) + ",")));
        assertThat(received.get("updated").asInt()).isEqualTo(1);
        assertThat(clocks.ofAdvice(awaited).getDoneDate()).isEqualTo(today.minusDays(1));
        assertThat(reviewProcess.adviceTask(v, cycleId(v, 2), awaited)).isEmpty();

        String bad = ADVICE_HEADER
                + v + ",HEALTH,2022-12-01,,,,,2023-02-10\n"                                    // 1 no such meeting
                + v + ",HEALTH,2021-12-01,,,,,2023-01-10\n"                                    // 2 before the cycle
                + v + ",HEALTH,2023-02-01,,,,,2023-01-10\n"                                    // 3 after the decision
                + v + ",SOCIAL_CARE," + today.plusDays(1) + ",,,,," + meeting + "\n"           // 4 in the future
                + v + ",OTHER,2023-03-01,2023-02-01,,,," + meeting + "\n"                      // 5 received before
                + p + "none,HEALTH,2023-03-01,,,,,2023-01-10\n"                                // 6 no such case
                + v + ",SOCIAL_CARE,2022-12-05,,,,,2023-01-10\n"                               // 7
                + v + ",SOCIAL_CARE,2022-12-05,,,,,2023-01-10\n"                               // 8 the same again
                + v + ",PARENT,2023-03-01,,,,2023-02-01," + meeting + "\n"                     // 9 withdrawn before
                + v + ",PARENT,2023-03-01,,,,,10/01/2023\n";                                   // 10 not a date
        String held = state() + jdbc.queryForList("select a.* from advice_request a join assessment_case c"
                + " on c.id = a.case_id where c.case_ref = ? order by a.id", v);

        ResponseEntity<String> refused = postCsv("/api/imports/advice", bad);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(refused)).containsExactlyInAnyOrder("1 review_meeting_date", "2 requested_date",
                "3 requested_date", "4 requested_date", "5 received_date", "6 case_ref", "8 requested_date",
                "9 withdrawn_date", "10 review_meeting_date");
        assertThat(refused.getBody()).contains("has no review with its meeting on 2023-02-10 (its reviews' meetings: "
                        + "2023-01-10, " + meeting + "): import reviews.csv first",
                "must not be before review 1's cycle began (2022-01-03)",
                "must not be after review 1 was decided (2023-01-25)", "must not be in the future",
                "must not be before requested_date (2023-03-01)", "with a plan in the system",
                "the same advice (case, review, type and requested date) is also on row 7",
                "must be a real date written YYYY-MM-DD");
        assertThat(state() + jdbc.queryForList("select a.* from advice_request a join assessment_case c"
                + " on c.id = a.case_id where c.case_ref = ? order by a.id", v)).isEqualTo(held);
        assertThat(before).isNotEqualTo(held);
    }

    @Test
    void anAdviceStillAwaitedKeepsItsClockInTheProcessWhenAnImportRestatesItsCycle() throws Exception {
        String w = p + "w";
        LocalDate meeting = today.plusDays(20);
        planWithSecondReviewOpen(w, ",Wren,Awaited,2012-03-01,,2022-01-03,,,,,,,,", meeting);
        String advice = ADVICE_HEADER + w + ",HEALTH," + today.minusDays(5) + ",,,,," + meeting + "\n";
        ok(postCsv("/api/imports/advice", advice));
        Long awaited = jdbc.queryForObject("select a.id from advice_request a where a.review_id = ?", Long.class,
                cycleId(w, 2));
        assertThat(reviewProcess.adviceTask(w, cycleId(w, 2), awaited)).isPresent();

        // The invitations recorded by a later import restate the open cycle: its process starts again at its step,
        // and the advice still awaited runs on its clock in the new process, as it did in the old.
        JsonNode restated = ok(postCsv("/api/imports/reviews", STEPS_HEADER
                + w + ",2023-01-10,MAINTAIN,2023-01-25,,,,,,,,,\n"
                + w + "," + meeting + ",,,,,,Wren's School," + today.minusDays(1) + ",,,,\n"));
        assertThat(restated.get("updated").asInt()).isEqualTo(1);
        assertThat(reviewProcess.activeSteps(w, cycleId(w, 2))).contains(ReviewSteps.CIRCULATE_ADVICE)
                .doesNotContain(ReviewSteps.SEND_INVITATIONS);
        assertThat(reviewProcess.adviceTask(w, cycleId(w, 2), awaited)).as("the advice's six weeks, still running")
                .isPresent();
        assertThat(adviceAwaitedTasks(w)).as("once").isEqualTo(1);

        // The advice import again, after the restart: nothing to start twice.
        ok(postCsv("/api/imports/advice", advice));
        assertThat(adviceAwaitedTasks(w)).isEqualTo(1);
    }

    @Test
    void aReminderOrWarningAlreadyGivenIsNotGivenAgainWhenAnImportRestartsTheCycle() throws Exception {
        String r = p + "r";
        // The invitations and the advice's circulation are due in three days: both at risk.
        LocalDate meeting = today.plusDays(17);
        planWithSecondReviewOpen(r, ",Rhea,Reminded,2012-03-01,,2022-01-03,,,,,,,North,mailroom-caseworker", meeting);
        // Asked 37 days ago: due in five days, inside its week of reminder.
        ok(postCsv("/api/imports/advice", ADVICE_HEADER + r + ",HEALTH," + today.minusDays(37) + ",,,,," + meeting
                + "\n"));
        runDueTimers(r);
        assertThat(timelineKinds(r, "ADVICE_REMINDER")).isEqualTo(1);
        assertThat(mails("Advice due soon: " + r)).isEqualTo(1);
        int warnings = timelineKinds(r, "AT_RISK");
        assertThat(warnings).as("the invitations and the circulation at risk").isEqualTo(2);
        List<String> before = processes(r);

        // The invitations recorded by a later import restart the cycle's process at its step, its timers set again:
        // the reminder's and the circulation's warning dates are past, so their timers fire at once, and the
        // caseworker has had both.
        ok(postCsv("/api/imports/reviews", STEPS_HEADER + r + ",2023-01-10,MAINTAIN,2023-01-25,,,,,,,,,\n"
                + r + "," + meeting + ",,,,,,Rhea's School," + today.minusDays(1) + ",,,,\n"));
        assertThat(processes(r)).as("a new process").isNotEqualTo(before);
        assertThat(reviewProcess.activeSteps(r, cycleId(r, 2))).contains(ReviewSteps.CIRCULATE_ADVICE);
        runDueTimers(r);
        assertThat(timelineKinds(r, "ADVICE_REMINDER")).as("once").isEqualTo(1);
        assertThat(mails("Advice due soon: " + r)).isEqualTo(1);
        assertThat(timelineKinds(r, "AT_RISK")).as("no warning given twice").isEqualTo(warnings);
    }

    private List<String> processes(String caseRef) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseRef).list().stream()
                .map(org.camunda.bpm.engine.runtime.ProcessInstance::getId).sorted().toList();
    }

    /**
     * A plan (its plans.csv row after the case reference) whose first review, in January 2023, was decided and whose
     * second is open, its meeting on {@code meeting}.
     */
    private void planWithSecondReviewOpen(String caseRef, String planRow, LocalDate meeting) throws Exception {
        ok(postCsv("/api/imports/plans", PlansImportIT.HEADER + caseRef + planRow + "\n"));
        ok(postCsv("/api/imports/reviews", HEADER + caseRef + ",2023-01-10,MAINTAIN,2023-01-25,,,\n"
                + caseRef + "," + meeting + ",,,,,\n"));
    }

    /** Fires every timer of the case's processes due at the engine's time now, until none is. */
    private void runDueTimers(String caseRef) {
        for (int round = 0; round < 10; round++) {
            List<String> due = new ArrayList<>();
            runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseRef).list().forEach(i ->
                    management.createJobQuery().processInstanceId(i.getId()).executable().list()
                            .forEach(job -> due.add(job.getId())));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(management::executeJob);
        }
    }

    private int timelineKinds(String caseRef, String kind) {
        return jdbc.queryForObject("select count(*) from timeline_event t join assessment_case c on c.id = t.case_id"
                + " where c.case_ref = ? and t.kind = ?", Integer.class, caseRef, kind);
    }

    private int mails(String subject) {
        return jdbc.queryForObject("select count(*) from mail_outbox where subject = ?", Integer.class, subject);
    }

    /** The case's open "await advice for the review" tasks, in every process of the case. */
    private int adviceAwaitedTasks(String caseRef) {
        return jdbc.queryForObject("select count(*) from ACT_RU_TASK t where t.TASK_DEF_KEY_ = ? and t.PROC_INST_ID_"
                + " in (select e.ID_ from ACT_RU_EXECUTION e where e.BUSINESS_KEY_ = ?)", Integer.class,
                ReviewSteps.AWAIT_REVIEW_ADVICE, caseRef);
    }

    private long cycleId(String caseRef, int cycle) {
        return jdbc.queryForObject("select r.id from plan_review r join assessment_case c on c.id = r.case_id"
                + " where c.case_ref = ? and r.cycle = ?", Long.class, caseRef, cycle);
    }

    /** Each cycle of the case's plan: number, meeting, held, decision, its date, the amended plan, awaiting. */
    private List<String> cycles(String caseRef) {
        return jdbc.queryForList("select r.* from plan_review r join assessment_case c on c.id = r.case_id"
                + " where c.case_ref = ? order by r.cycle", caseRef).stream().map(r -> r.get("CYCLE") + " "
                + shown(r.get("MEETING_DATE")) + " " + (Boolean.TRUE.equals(r.get("MEETING_HELD")) ? "held" : "arranged")
                + " " + shown(r.get("DECISION")) + " " + shown(r.get("DECISION_DATE")) + " "
                + shown(r.get("AMENDED_PLAN_DATE"))
                + (Boolean.TRUE.equals(r.get("AWAITING_PROCESS")) ? " awaiting" : "")).toList();
    }

    private static String shown(Object value) {
        return value == null ? "-" : value.toString();
    }

    /** The case's plan clocks by kind and cycle ("ANNUAL_REVIEW 2"; "-" for the plan's own). */
    private Map<String, StatutoryClock> clocksOf(String caseRef) {
        Map<Long, Integer> cycleOf = jdbc.queryForList("select r.id, r.cycle from plan_review r join assessment_case c"
                + " on c.id = r.case_id where c.case_ref = ?", caseRef).stream().collect(Collectors.toMap(
                r -> ((Number) r.get("ID")).longValue(), r -> ((Number) r.get("CYCLE")).intValue()));
        return clocks.of(cases.require(caseRef).getId()).stream().filter(k -> !k.getClock().isAssessment())
                .collect(Collectors.toMap(k -> k.getClock() + " " + (k.getReviewId() == null ? "-"
                        : cycleOf.get(k.getReviewId())), k -> k));
    }

    /** Everything an import of this test's reviews could write. */
    private String state() {
        return List.of(
                jdbc.queryForList("select r.* from plan_review r join assessment_case c on c.id = r.case_id"
                        + " where c.case_ref like ? order by r.id", p + "%"),
                jdbc.queryForList("select k.* from statutory_clock k join assessment_case c on c.id = k.case_id"
                        + " where c.case_ref like ? order by k.id", p + "%"),
                jdbc.queryForList("select count(*) from timeline_event t join assessment_case c on c.id = t.case_id"
                        + " where c.case_ref like ?", p + "%")).toString();
    }

    private List<String> timeline(String caseRef) throws Exception {
        List<String> said = new ArrayList<>();
        getCase(caseRef).get("timeline").forEach(e -> said.add(e.get("description").asText()));
        return said;
    }

    private List<String> errors(ResponseEntity<String> refused) throws Exception {
        List<String> errors = new ArrayList<>();
        json.readTree(refused.getBody()).get("errors").forEach(e -> errors.add(e.get("row").asInt() + " "
                + e.get("column").asText()));
        return errors;
    }

    private ResponseEntity<String> postCsv(String path, String csv) {
        return http.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(csv, csvHeaders()),
                String.class);
    }

    private static HttpHeaders csvHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return headers;
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode getCase(String caseRef) throws Exception {
        return ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + caseRef, String.class));
    }
}
