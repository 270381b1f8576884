package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceService;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.demo.DemoCases;
import org.sendclock.support.EmptySystem;
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
 * Export, then import into an empty system: the same cases, advice, plans, review cycles and outcomes, every plan
 * clock and every timeliness measure the same. The system is emptied first (this test owns the whole caseload while it runs) and then filled with
 * live cases made through the real commands plus imported history of every kind.
 */
@IntegrationTest
class CaseloadRoundTripIT {

    /**
     * Every fact a timeliness measure reads, per case and per advice request, the assessment's and the reviews' (a
     * re-assessment's advice is not in advice.csv: ADR 27's re-assessments have no import yet).
     */
    private static final String MEASURED_CASES = """
            select case_ref, request_date, request_source, status, decision, decision_date, decision_due,
                   no_plan_notice_date, no_plan_notice_due, draft_served_date, final_plan_date, final_plan_due,
                   closed_date, closed_reason,
                   (select count(*) from case_exception e where e.case_id = c.id) as exceptions
            from assessment_case c where request_date is not null order by case_ref""";
    private static final String MEASURED_ADVICE = """
            select c.case_ref, r.cycle, a.advice_type, a.requested_date, a.due_date, a.received_date, a.status,
                   a.exception_reason, a.withdrawn_date, a.provider
            from advice_request a join assessment_case c on c.id = a.case_id
            left join plan_review r on r.id = a.review_id
            where a.reassessment_id is null
            order by c.case_ref, r.cycle nulls first, a.advice_type, a.requested_date""";

    /** Every fact of a plan the plans import carries, and every fact of each review cycle. */
    private static final String MEASURED_PLANS = """
            select c.case_ref, p.start_date, p.transferred_in_date, p.ceased_date, p.cease_reason,
                   c.child_given_name, c.child_family_name, c.child_date_of_birth, c.team, c.caseworker,
                   (select count(*) from plan_need n where n.plan_id = p.id) as needs
            from ehc_plan p join assessment_case c on c.id = p.case_id order by c.case_ref""";
    private static final String MEASURED_REVIEWS = """
            select c.case_ref, r.cycle, r.meeting_date, r.meeting_arranged_by, r.meeting_held,
                   r.invitations_sent_date, r.advice_circulated_date, r.report_date, r.decision, r.decision_date,
                   r.amendments_proposed_date, r.representations_date, r.amended_plan_date, r.cease_consulted_date,
                   r.phase_transfer
            from plan_review r join assessment_case c on c.id = r.case_id order by c.case_ref, r.cycle""";
    /**
     * The plan's clocks as the register holds them: each cycle's by its number (its advice's by type and requested
     * date), the phase transfers by kind.
     */
    private static final String MEASURED_PLAN_CLOCKS = """
            select c.case_ref, k.clock, r.cycle, a.advice_type, a.requested_date, k.start_date, k.due_date,
                   k.at_risk_from, k.done_date, k.ended_date
            from statutory_clock k join assessment_case c on c.id = k.case_id
            left join plan_review r on r.id = k.review_id
            left join advice_request a on a.id = k.advice_request_id
            where k.review_id is not null or k.clock like 'TRANSFER_TO_%'
            order by c.case_ref, k.clock, r.cycle, a.advice_type, a.requested_date""";
    /**
     * The engine's open review tasks by step: each cycle's process at its step and each review advice clock running.
     * Not the managers' escalations, which the timers raise once a clock is overdue, not the files.
     */
    private static final String OPEN_REVIEW_TASKS = """
            select t.task_def_key_, count(*) as tasks from act_ru_task t
            join act_re_procdef d on d.id_ = t.proc_def_id_
            where d.key_ = 'ehc-annual-review' and t.task_def_key_ <> 'AcknowledgeEscalation'
            group by t.task_def_key_ order by t.task_def_key_""";

    private static final String HOSTILE_NAME = "=HYPERLINK(\"http://x\",\"y\")";
    private static final String ADVICE_HEADER_WITH_PROVIDER =
            "case_ref,advice_type,requested_date,received_date,exception_reason,provider\n";

    @Autowired TestRestTemplate http;
    @Autowired JdbcTemplate jdbc;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired CaseRepository cases;
    @Autowired AssessmentService assessments;
    @Autowired AdviceService advice;
    @Autowired Clock clock;
    @Autowired org.springframework.beans.factory.config.AutowireCapableBeanFactory beans;
    @Autowired PlansImport plansImport;
    @Autowired ReviewsImport reviewsImport;

    @Test
    void exportThenImportIntoAnEmptySystemReproducesEveryCaseAndAdviceRequest() {
        emptyTheSystem();
        demo().seed(LocalDate.now(clock));
        runDueTimers();
        imported("/api/imports/requests", ImportApiIT.REQUESTS_HEADER
                + "OLD-1,2023-01-09,PARENT,2023-02-13,ASSESS,,2023-05-02,2023-05-29,,,,North,A. Patel\n"
                + "OLD-2,2023-01-10,SCHOOL,2023-02-20,ASSESS,,2023-06-01,2023-07-03,EXCEPTIONAL_PERSONAL_CIRCUMSTANCES,,,,\n"
                + "OLD-3,2023-02-01,YOUNG_PERSON,2023-03-01,REFUSE,,,,,,,,\n"
                + "OLD-4,2023-02-01,,2023-03-20,ASSESS,2023-05-15,,,,,,,\n"
                + "OLD-5,2023-03-01,OTHER,,,,,,,2023-03-20,WITHDRAWN,,\n"
                + "OLD-6,2023-03-01,PARENT,2023-04-01,ASSESS,,,,,2023-05-01,MOVED_OUT,,\n");
        imported("/api/imports/advice", ImportApiIT.ADVICE_HEADER
                + "OLD-1,HEALTH,2023-02-20,2023-03-31,\n"
                + "OLD-1,EDUCATIONAL_PSYCHOLOGY,2023-02-20,2023-04-03,\n"
                + "OLD-2,SOCIAL_CARE,2023-02-27,,ABSENT_FROM_AREA\n"
                + "OLD-2,HEALTH,2023-02-27,2023-05-01,MISSED_APPOINTMENT\n"
                + "OLD-6,HEALTH,2023-04-03,,\n");
        // Text a spreadsheet would run as a formula: exported with a quote in front, read back without it.
        imported("/api/imports/requests", "case_ref,request_date,request_source,decision_date,decision,caseworker,child_given_name,"
                + "child_family_name,child_date_of_birth\n"
                + "@SUM(1+1),2023-04-03,PARENT,2023-04-05,ASSESS,+A. Patel,-Ada,\"" + HOSTILE_NAME.replace("\"", "\"\"") + "\",2015-05-01\n"
                + "'=OLD-8,2023-04-04,PARENT,,,,'t Hart,'Ada,2015-05-02\n");
        imported("/api/imports/advice", ADVICE_HEADER_WITH_PROVIDER + "@SUM(1+1),HEALTH,2023-04-10,,,=cmd|' /C calc'!A0\n");
        // Plans brought in with their review history: several cycles and a phase transfer, a plan ceased after its
        // review, an amendment still to issue, a meeting arranged, on top of the demo's plans.
        LocalDate today = LocalDate.now(clock);
        imported("/api/imports/plans", PlansImportIT.HEADER
                + "OLD-P1,Fay,Transfer,2014-05-01,A123456789012,2019-01-07,100006,,SLCN;ASD,,,,North,A. Patel\n"
                + "=OLD-P2,Gus,Ceased,2008-02-02,,2020-03-02,,OLA,PD,2020-03-02,2023-01-31,2,,\n");
        // The SEN2 return's items (ADR 26): the child's codes, a place's details, the budget's take-up, the request's
        // youth accommodation.
        imported("/api/imports/plans", PlansImportIT.HEADER.strip() + ",child_sex,child_ethnicity,child_postcode,"
                + "child_uln,upn_unknown_reason,placement_rank,sen_unit,resourced_provision,organised_arrangements,"
                + "direct_payments\n"
                + "OLD-P1,Fay,Transfer,2014-05-01,A123456789012,2019-01-07,100006,,SLCN;ASD,,,,North,A. Patel,"
                + "F,WIRT,ls1 4dy,9276308686,,1,Y,N,Y,Y\n");
        imported("/api/imports/requests", Sen2ColumnsImportIT.REQUESTS
                + "OLD-9,2023-04-05,PARENT,,,,,Ivy,Return,2015-06-01,,F,CHNE,M1 1AE,,UN1,N\n");
        // With a cycle's other steps from another system: the family's representations, the consultation on ceasing.
        String noSteps = ",,,,,,\n";
        imported("/api/imports/reviews", ReviewsImportIT.STEPS_HEADER
                + "OLD-P1,2019-12-02,MAINTAIN,2019-12-20,,," + noSteps
                + "OLD-P1,2020-12-01,MAINTAIN,2020-12-18,,," + noSteps
                + "OLD-P1,2021-12-01,AMEND,2021-12-17,2021-12-20,2022-02-01,,,,,,2021-12-28,\n"
                + "OLD-P1,2024-10-10,AMEND,2024-11-01,,2025-01-20,Y" + noSteps
                + "OLD-P1,2022-12-01,MAINTAIN,2022-12-16,,," + noSteps
                + "OLD-P1,2023-12-01,MAINTAIN,2023-12-15,,," + noSteps
                + "=OLD-P2,2021-02-01,MAINTAIN,2021-02-20,,," + noSteps
                + "=OLD-P2,2022-02-01,CEASE,2022-02-25,,,,Gus's college,2022-01-10,2022-01-14,2022-02-08,,2022-03-20\n"
                + "DEMO-P2," + today.plusDays(10) + ",,,,," + noSteps
                + "DEMO-P3," + today.minusMonths(2) + ",AMEND," + today.minusDays(50) + ",,," + noSteps);
        // Advice asked for reviews, named by the review's meeting: received, excused, and still awaited when the review
        // was decided (withdrawn then); and awaited for a meeting still to come (its clock runs).
        imported("/api/imports/advice", ADVICE_HEADER_WITH_PROVIDER.strip() + ",withdrawn_date,review_meeting_date\n"
                + "OLD-P1,HEALTH,2023-10-20,2023-11-20,,Northshire ICB,,2023-12-01\n"
                + "OLD-P1,EDUCATION,2023-10-20,,,,,2023-12-01\n"
                + "OLD-P1,SOCIAL_CARE,2024-08-01,,ABSENT_FROM_AREA,,,2024-10-10\n"
                + "DEMO-P2,HEALTH," + today.minusDays(5) + ",,,,," + today.plusDays(10) + "\n");
        String requestsBefore = export("requests.csv");
        String adviceBefore = export("advice.csv");
        String plansBefore = export("plans.csv");
        String reviewsBefore = export("reviews.csv");
        List<Map<String, Object>> plansRowsBefore = jdbc.queryForList(MEASURED_PLANS);
        List<Map<String, Object>> reviewRowsBefore = jdbc.queryForList(MEASURED_REVIEWS);
        List<Map<String, Object>> planClocksBefore = jdbc.queryForList(MEASURED_PLAN_CLOCKS);
        assertThat(reviewRowsBefore).hasSizeGreaterThan(12);
        List<Map<String, Object>> casesBefore = jdbc.queryForList(MEASURED_CASES);
        List<Map<String, Object>> adviceRowsBefore = jdbc.queryForList(MEASURED_ADVICE);
        List<String> measuresBefore = measures();
        assertThat(casesBefore).hasSizeGreaterThan(10);
        assertThat(measuresBefore.get(0)).as("two imported plans and the demo's").contains("\"total\":{\"issued\":3,");

        List<Map<String, Object>> reviewTasksBefore = jdbc.queryForList(OPEN_REVIEW_TASKS);
        assertThat(reviewTasksBefore).anyMatch(t -> "AwaitReviewAdvice".equals(t.get("TASK_DEF_KEY_")));
        assertThat(adviceBefore).contains("OLD-P1,EDUCATION,2023-10-20,,,,2023-12-15,2023-12-01\r\n",
                "DEMO-P2,HEALTH," + today.minusDays(5) + ",,,,," + today.plusDays(10) + "\r\n");
        assertThat(reviewsBefore).contains("'=OLD-P2,2022-02-01,CEASE,2022-02-25,,,,Gus's college,2022-01-10,"
                + "2022-01-14,2022-02-08,,2022-03-20\r\n");

        // A review's advice names its review's meeting, so advice.csv comes after reviews.csv.
        emptyTheSystem();
        imported("/api/imports/requests", requestsBefore);
        imported("/api/imports/plans", plansBefore);
        imported("/api/imports/reviews", reviewsBefore);
        imported("/api/imports/advice", adviceBefore);

        assertThat(export("plans.csv")).isEqualTo(plansBefore);
        assertThat(export("reviews.csv")).isEqualTo(reviewsBefore);
        assertThat(jdbc.queryForList(MEASURED_PLANS)).isEqualTo(plansRowsBefore);
        assertThat(jdbc.queryForList(MEASURED_REVIEWS)).isEqualTo(reviewRowsBefore);
        assertThat(jdbc.queryForList(MEASURED_PLAN_CLOCKS)).isEqualTo(planClocksBefore);
        assertThat(jdbc.queryForList(OPEN_REVIEW_TASKS)).isEqualTo(reviewTasksBefore);
        assertThat(plansBefore).contains("'=OLD-P2,Gus,Ceased,", "OLD-P1,Fay,Transfer,2014-05-01,A123456789012,"
                + "2019-01-07,100006,,SLCN;ASD,,,,North,A. Patel");
        assertThat(reviewsBefore).contains("OLD-P1,2021-12-01,AMEND,2021-12-17,2021-12-20,2022-02-01,,,,,,2021-12-28,"
                + "\r\n", "OLD-P1,2024-10-10,AMEND,2024-11-01,,2025-01-20,Y", "'=OLD-P2,2022-02-01,CEASE,2022-02-25,,,");
        assertThat(plansBefore).contains("OLD-P1,Fay,Transfer,2014-05-01,A123456789012,2019-01-07,100006,,SLCN;ASD,"
                + ",,,North,A. Patel,F,WIRT,LS1 4DY,9276308686,,1,Y,N,Y,Y\r\n");
        assertThat(requestsBefore).contains(",Ivy,Return,2015-06-01,,F,CHNE,M1 1AE,,UN1,N\r\n");
        assertThat(export("requests.csv")).isEqualTo(requestsBefore);
        assertThat(export("advice.csv")).isEqualTo(adviceBefore);
        assertThat(jdbc.queryForList(MEASURED_CASES)).isEqualTo(casesBefore);
        assertThat(jdbc.queryForList(MEASURED_ADVICE)).isEqualTo(adviceRowsBefore);
        assertThat(measures()).isEqualTo(measuresBefore);
        assertThat(requestsBefore).contains("'@SUM(1+1),", "\"'=HYPERLINK(", "'+A. Patel", "'-Ada", "'=OLD-8,");
        assertThat(jdbc.queryForMap("select caseworker, child_given_name, child_family_name from assessment_case"
                + " where case_ref = '@SUM(1+1)'")).containsValues("+A. Patel", "-Ada", HOSTILE_NAME);
        assertThat(jdbc.queryForMap("select child_given_name, child_family_name from assessment_case"
                + " where case_ref = '=OLD-8'")).containsValues("'t Hart", "'Ada");
        assertThat(jdbc.queryForObject("select provider from advice_request a join assessment_case c"
                + " on c.id = a.case_id where c.case_ref = '@SUM(1+1)'", String.class)).isEqualTo("=cmd|' /C calc'!A0");
    }

    /** Every timeliness measure, as the performance team reads them, from the first imported year to today. */
    private List<String> measures() {
        LocalDate today = LocalDate.now(clock);
        String range = "?from=2023-01&to=" + today.toString().substring(0, 7);
        return List.of("/api/kpis/twenty-week" + range, "/api/kpis/decisions" + range, "/api/kpis/advice" + range,
                        "/api/kpis/backlog?on=" + today)
                .stream().map(path -> {
                    ResponseEntity<String> response = http.withBasicAuth("analyst", "demo").getForEntity(path,
                            String.class);
                    assertThat(response.getStatusCode()).as(path + " " + response.getBody()).isEqualTo(HttpStatus.OK);
                    return response.getBody();
                }).toList();
    }

    private void emptyTheSystem() {
        EmptySystem.empty(jdbc, runtime);
    }

    private void imported(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity(path, new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private String export(String file) {
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .getForEntity("/api/exports/" + file, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        return response.getBody();
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }

    /** The demo as the application builds it (it is a bean only when the demo is enabled). */
    private DemoCases demo() {
        return beans.createBean(DemoCases.class);
    }
}
