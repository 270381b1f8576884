package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The CSV import through its API: what lands where, what is refused (whole), and that a second run changes nothing. */
@IntegrationTest
class ImportApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String REQUESTS_HEADER = "case_ref,request_date,request_source,decision_date,decision,no_plan_date,"
            + "draft_plan_date,final_plan_date,exception_reason,closed_date,closed_reason,team,caseworker\n";
    static final String ADVICE_HEADER = "case_ref,advice_type,requested_date,received_date,exception_reason\n";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired AdviceRequestRepository adviceRequests;
    @Autowired ManagementService management;

    private final String p = "T" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void historyIsStoredAndOpenCasesLandAtTheStepTheirDatesImply() throws Exception {
        LocalDate requested = TODAY.minusWeeks(12);
        LocalDate decided = requested.plusWeeks(5);
        String requests = REQUESTS_HEADER
                + p + "1,2024-01-08,PARENT,2024-02-12,ASSESS,,2024-05-01,2024-05-20,,,,North,J. Smith (old system)\n"
                + p + "2,2024-01-09,SCHOOL,2024-02-01,REFUSE,,,,,,,North,\n"
                + p + "3," + TODAY.minusWeeks(2) + ",PARENT,,,,,,,,,South,caseworker\n"
                + p + "4," + requested + ",PARENT," + decided + ",ASSESS,,,,SCHOOL_CLOSURE,,,South,caseworker\n"
                + p + "5,2024-03-01,OTHER,,,,,,,2024-03-20,WITHDRAWN,,\n"
                + p + "6," + TODAY.minusWeeks(21) + ",PARENT," + TODAY.minusWeeks(16) + ",ASSESS,,,,,,,,\n";
        String advice = ADVICE_HEADER
                + p + "1,HEALTH,2024-02-19,2024-04-10,\n"
                + p + "4,HEALTH," + decided + ",,\n"
                + p + "4,EDUCATIONAL_PSYCHOLOGY," + decided + "," + decided.plusWeeks(4) + ",\n"
                + p + "6,HEALTH," + TODAY.minusWeeks(15) + ",,\n";

        JsonNode cased = okJson(postCsv("/api/imports/requests", requests));
        assertThat(cased.get("imported").asInt()).isEqualTo(6);
        JsonNode advised = okJson(postCsv("/api/imports/advice", advice));
        assertThat(advised.get("imported").asInt()).isEqualTo(4);

        JsonNode issued = getCase(p + "1");
        assertThat(issued.get("status").asText()).isEqualTo("PLAN_ISSUED");
        assertThat(issued.get("finalPlanDue").asText()).isEqualTo("2024-05-27");
        assertThat(issued.get("openTasks")).isEmpty();
        List<String> clocks = new ArrayList<>();
        issued.get("clocks").forEach(k -> clocks.add(k.get("clock").asText() + " " + k.get("standing").asText()));
        assertThat(clocks).as("history: no clock of an issued plan is overdue, though no plan decision date came in")
                .contains("DECISION MET", "NO_PLAN_NOTICE NOT_NEEDED", "FINAL_PLAN MET");
        assertThat(issued.get("caseworker").asText()).isEqualTo("J. Smith (old system)");
        assertThat(getCase(p + "2").get("status").asText()).isEqualTo("REFUSED");
        assertThat(getCase(p + "5").get("status").asText()).isEqualTo("WITHDRAWN");

        JsonNode deciding = getCase(p + "3");
        assertThat(deciding.get("stage").asText()).isEqualTo("DECISION");
        assertThat(taskKeys(deciding)).containsExactly("DecideWhetherToAssess");

        JsonNode awaiting = getCase(p + "4");
        assertThat(awaiting.get("stage").asText()).isEqualTo("AWAITING_ADVICE");
        assertThat(taskKeys(awaiting)).containsExactly("AwaitAdvice");
        assertThat(awaiting.get("openTasks").get(0).get("dueDate").asText())
                .isEqualTo(decided.plusDays(42).toString());
        assertThat(awaiting.get("exceptions")).hasSize(1);

        runDueTimers();
        List<String> breaches = new ArrayList<>();
        getCase(p + "4").get("breaches").forEach(b -> breaches.add(b.get("deadline").asText() + " "
                + b.get("dueDate").asText()));
        assertThat(breaches).containsExactly("ADVICE " + decided.plusDays(42));
        assertThat(taskKeys(getCase(p + "4"))).contains("ChaseAdvice");
        List<String> late = new ArrayList<>();
        getCase(p + "6").get("breaches").forEach(b -> late.add(b.get("deadline").asText()));
        assertThat(late).as("the week 16 and week 20 clocks run beside the advice clocks")
                .containsExactlyInAnyOrder("ADVICE", "NO_PLAN_NOTICE", "FINAL_PLAN");
    }

    @Test
    void aDraftServedCaseWaitsInItsCommentPeriodAndOneWithAllAdviceInAtThePlanDecision() throws Exception {
        LocalDate requested = TODAY.minusWeeks(15);
        LocalDate decided = requested.plusWeeks(6);
        okJson(postCsv("/api/imports/requests", REQUESTS_HEADER
                + p + "1," + requested + ",PARENT," + decided + ",ASSESS,,,,,,,,\n"
                + p + "2," + requested + ",PARENT," + decided + ",ASSESS,," + TODAY.minusDays(3) + ",,,,,,\n"));
        okJson(postCsv("/api/imports/advice", ADVICE_HEADER
                + p + "1,HEALTH," + decided + "," + decided.plusWeeks(5) + ",\n"
                + p + "1,SOCIAL_CARE," + decided + ",,MISSED_APPOINTMENT\n"
                + p + "2,HEALTH," + decided + ",,\n"));

        assertThat(taskKeys(getCase(p + "1"))).containsExactly("DecideWhetherToIssuePlan");
        JsonNode commenting = getCase(p + "2");
        assertThat(commenting.get("stage").asText()).isEqualTo("COMMENT_PERIOD");
        assertThat(commenting.get("advice").get(0).get("status").asText())
                .as("advice not received before the draft was served is withdrawn as of the draft")
                .isEqualTo("WITHDRAWN");
    }

    @Test
    void importingTheSameFilesAgainChangesNothingAndAChangedRowUpdatesItsCase() throws Exception {
        String requests = REQUESTS_HEADER + p + "1,2024-01-08,PARENT,2024-02-12,ASSESS,,,2024-05-20,,,,North,\n"
                + p + "2,2024-01-09,SCHOOL,,,,,,,2024-01-30,MOVED_OUT,,\n";
        String advice = ADVICE_HEADER + p + "1,HEALTH,2024-02-19,2024-04-10,\n";
        okJson(postCsv("/api/imports/requests", requests));
        okJson(postCsv("/api/imports/advice", advice));

        JsonNode again = okJson(postCsv("/api/imports/requests", requests));
        assertThat(again.get("imported").asInt()).isZero();
        assertThat(again.get("updated").asInt()).isZero();
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(okJson(postCsv("/api/imports/advice", advice)).get("unchanged").asInt()).isEqualTo(1);

        JsonNode changed = okJson(postCsv("/api/imports/requests", requests.replace("2024-02-12", "2024-02-14")));
        assertThat(changed.get("updated").asInt()).isEqualTo(1);
        JsonNode updated = getCase(p + "1");
        assertThat(updated.get("decisionDate").asText()).isEqualTo("2024-02-14");
        assertThat(updated.get("timeline").toString()).contains("decision_date 2024-02-12 → 2024-02-14");
        JsonNode receivedLater = okJson(postCsv("/api/imports/advice", advice.replace("2024-04-10", "2024-04-12")));
        assertThat(receivedLater.get("updated").asInt()).isEqualTo(1);
        assertThat(getCase(p + "1").get("advice").get(0).get("receivedDate").asText()).isEqualTo("2024-04-12");
    }

    @Test
    void theDecisionNoticeDateMeetsWeekSixAndWithoutItTheDecisionDateIsTheNotice() throws Exception {
        String header = "case_ref,request_date,decision_date,decision,decision_notice_date,final_plan_date\n";
        // Requested 8 January 2024: week 6 was due on 19 February.
        String requests = header
                + p + "1,2024-01-08,2024-02-16,REFUSE,2024-02-22,\n"   // decided on time, the family told late
                + p + "2,2024-01-08,2024-02-16,ASSESS,,2024-05-20\n";  // no notice date: told the day it was decided
        okJson(postCsv("/api/imports/requests", requests));

        JsonNode toldLate = getCase(p + "1");
        assertThat(toldLate.get("decisionNoticeDate").asText()).isEqualTo("2024-02-22");
        JsonNode weekSix = toldLate.get("clocks").get(0);
        assertThat(weekSix.get("clock").asText()).isEqualTo("DECISION");
        assertThat(weekSix.get("doneDate").asText()).isEqualTo("2024-02-22");
        assertThat(weekSix.get("standing").asText()).isEqualTo("LATE");
        assertThat(weekSix.get("daysLate").asInt()).isEqualTo(3);
        assertThat(toldLate.get("timeline").toString()).contains("refused 16 February 2024, family told 22 February 2024");
        JsonNode toldAtOnce = getCase(p + "2");
        assertThat(toldAtOnce.get("decisionNoticeDate").asText()).isEqualTo("2024-02-16");
        assertThat(toldAtOnce.get("clocks").get(0).get("standing").asText()).isEqualTo("MET");

        String exported = http.withBasicAuth("admin", "demo").getForObject("/api/exports/requests.csv", String.class);
        assertThat(exported).startsWith("case_ref,request_date,request_source,decision_date,decision,"
                + "decision_notice_date,no_plan_date,");
        assertThat(exported).contains(p + "1,2024-01-08,,2024-02-16,REFUSE,2024-02-22,",
                p + "2,2024-01-08,,2024-02-16,ASSESS,2024-02-16,");

        JsonNode again = okJson(postCsv("/api/imports/requests", requests));
        assertThat(again.get("unchanged").asInt()).as("an empty notice date matches the decision date held")
                .isEqualTo(2);
        JsonNode corrected = okJson(postCsv("/api/imports/requests", requests.replace("2024-02-22", "2024-02-19")));
        assertThat(corrected.get("updated").asInt()).isEqualTo(1);
        JsonNode onTime = getCase(p + "1");
        assertThat(onTime.get("timeline").toString()).contains("decision_notice_date 2024-02-22 → 2024-02-19");
        assertThat(onTime.get("clocks").get(0).get("standing").asText()).isEqualTo("MET");

        long before = cases.count();
        ResponseEntity<String> refused = postCsv("/api/imports/requests", header
                + p + "3,2024-01-08,2024-02-16,ASSESS,2024-02-15,\n"
                + p + "4,2024-01-08,2024-02-16,ASSESS," + TODAY.plusDays(1) + ",\n"
                + p + "5,2024-01-08,,,2024-02-16,\n"
                + p + "6,2024-01-08,2024-02-16,ASSESS,16/02/2024,\n");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(refused)).containsExactly(
                "1 decision_notice_date must not be before decision_date (2024-02-16)",
                "2 decision_notice_date must not be in the future",
                "3 decision_notice_date needs its decision: decision_date and decision",
                "4 decision_notice_date must be a real date written YYYY-MM-DD, not \"16/02/2024\"");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void everyBadRowIsListedAndNothingIsWritten() throws Exception {
        long before = cases.count();
        String requests = REQUESTS_HEADER
                + p + "1,2024-01-08,PARENT,,,,,,,,,,\n"                        // good
                + p + "2,2024-02-30,PARENT,,,,,,,,,,\n"                        // malformed date
                + p + "3,2024-01-08,LETTER,,,,,,,,,,\n"                        // unknown code
                + p + "1,2024-01-08,PARENT,,,,,,,,,,\n"                        // duplicate key
                + p + "4,2024-03-01,PARENT,2024-02-01,ASSESS,,,,,,,,\n"        // decision before request
                + p + "5,2024-03-01,PARENT,,,,,2024-02-01,,,,,\n"              // final plan before request, no decision
                + p + "6,2024-03-01,PARENT,2024-03-10,,,,,,,,,\n"              // decision without outcome
                + p + "7,2024-03-01,PARENT,2024-03-10,REFUSE,,,2024-06-01,,,,,\n" // final plan on a refused case
                + p + "8," + TODAY.plusDays(1) + ",PARENT,,,,,,,,,,\n"         // in the future
                + ",2024-03-01,PARENT,,,,,,,,,,\n";                           // no case_ref

        ResponseEntity<String> response = postCsv("/api/imports/requests", requests);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> errors = errors(response);
        assertThat(errors).contains(
                "2 request_date must be a real date written YYYY-MM-DD, not \"2024-02-30\"",
                "3 request_source must be one of PARENT, SCHOOL, YOUNG_PERSON, OTHER, not \"LETTER\"",
                "4 case_ref appears twice: " + p + "1 is also on row 1",
                "5 decision_date must not be before request_date (2024-03-01)",
                "6 final_plan_date must not be before request_date (2024-03-01)",
                "6 final_plan_date needs a decision to assess (decision ASSESS with its decision_date)",
                "7 decision is required when decision_date is set: ASSESS or REFUSE",
                "8 final_plan_date a final plan cannot be issued on a refused request",
                "9 request_date must not be in the future",
                "10 case_ref is required");
        assertThat(errors).noneMatch(e -> e.startsWith("1 "));
        assertThat(cases.count()).isEqualTo(before);
        assertThat(cases.existsByCaseRef(p + "1")).isFalse();
    }

    @Test
    void oneBadRowInTheMiddleOfALargeFileLeavesTheDatabaseUnchanged() throws Exception {
        StringBuilder requests = new StringBuilder(REQUESTS_HEADER);
        for (int i = 1; i <= 1200; i++) {
            requests.append(p).append(i).append(",2023-09-04,PARENT,2023-10-02,ASSESS,,,2024-01-15,,,,,\n");
            if (i == 700) {
                requests.append(p).append("bad,2023-09-04,PARENT,2023-10-02,ASSESS,,,2023-08-01,,,,,\n");
            }
        }
        long before = cases.count();

        ResponseEntity<String> response = postCsv("/api/imports/requests", requests.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(response)).containsExactly(
                "701 final_plan_date must not be before request_date (2023-09-04)",
                "701 final_plan_date must not be before decision_date (2023-10-02)");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void adviceIsCheckedAgainstItsCase() throws Exception {
        okJson(postCsv("/api/imports/requests", REQUESTS_HEADER
                + p + "1,2024-01-08,PARENT,2024-02-12,ASSESS,,,,,,,,\n"
                + p + "2,2024-01-08,PARENT,2024-02-12,REFUSE,,,,,,,,\n"));
        long before = adviceRequests.count();

        ResponseEntity<String> response = postCsv("/api/imports/advice", ADVICE_HEADER
                + p + "1,HEALTH,2024-02-19,2024-02-18,\n"
                + p + "1,DENTAL,2024-02-19,,\n"
                + p + "9,HEALTH,2024-02-19,,\n"
                + p + "2,HEALTH,2024-02-19,,\n"
                + p + "1,EDUCATION,2024-02-01,,\n"
                + p + "1,SOCIAL_CARE,2024-02-19,,ILL\n"
                + p + "1,SOCIAL_CARE,2024-02-19,,\n"
                + p + "1,SOCIAL_CARE,2024-02-19,,\n");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(response)).containsExactly(
                "1 received_date must not be before requested_date (2024-02-19)",
                "2 advice_type must be one of PARENT, EDUCATION, EDUCATIONAL_PSYCHOLOGY, HEALTH, SOCIAL_CARE, "
                        + "PREPARING_FOR_ADULTHOOD, OTHER, not \"DENTAL\"",
                "3 case_ref there is no case " + p + "9 in requests.csv or in the system",
                "4 case_ref advice is requested only once the council has decided to assess; case " + p + "2 was refused",
                "5 requested_date must not be before the decision to assess (2024-02-12)",
                "6 exception_reason must be one of EXCEPTIONAL_CIRCUMSTANCES, ABSENT_FROM_AREA, MISSED_APPOINTMENT, "
                        + "not \"ILL\"",
                "8 requested_date the same advice (case, type and requested date) is also on row 7");
        assertThat(adviceRequests.count()).isEqualTo(before);
    }

    @Test
    void theHeaderMustNameKnownColumnsAndTheRequiredOnes() throws Exception {
        ResponseEntity<String> response = postCsv("/api/imports/requests",
                "case_ref,request_source,favourite_colour\n" + p + "1,PARENT,blue\n");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> errors = errors(response);
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0)).startsWith("0 favourite_colour is not a column of requests.csv; its columns are "
                + "case_ref, request_date,");
        assertThat(errors.get(1)).isEqualTo("0 request_date is a required column and is missing from the header");
    }

    @Test
    void columnsMayComeInAnyOrderAndADryRunWritesNothing() throws Exception {
        String requests = "request_date,case_ref,child_family_name,child_given_name,child_date_of_birth,upn\n"
                + "2024-01-08," + p + "1,Okafor,Amara,2016-05-14,A123456789012\n";
        JsonNode checked = okJson(postCsv("/api/imports/requests?dryRun=true", requests));
        assertThat(checked.get("imported").asInt()).isEqualTo(1);
        assertThat(checked.get("dryRun").asBoolean()).isTrue();
        assertThat(cases.existsByCaseRef(p + "1")).isFalse();

        okJson(postCsv("/api/imports/requests", requests));
        JsonNode child = getCase(p + "1").get("child");
        assertThat(child.get("familyName").asText()).isEqualTo("Okafor");
        assertThat(child.get("upn").asText()).isEqualTo("A123456789012");
    }

    @Test
    void caseworkersAndTeamsAreKeptExactlyAsTheOldSystemHeldThem() throws Exception {
        String longName = "Jo Smith, acting for the North team while the post is vacant, ".repeat(5).strip();
        okJson(postCsv("/api/imports/requests", REQUESTS_HEADER
                + p + "1," + TODAY.minusWeeks(1) + ",PARENT,,,,,,,,,\"  North (old) \",\"" + longName + "\"\n"));

        JsonNode imported = getCase(p + "1");
        assertThat(imported.get("caseworker").asText()).isEqualTo(longName);
        assertThat(imported.get("team").asText()).isEqualTo("  North (old) ");
        assertThat(imported.get("openTasks").get(0).get("assignee").isNull())
                .as("a name longer than the engine holds is no user: the task waits unassigned").isTrue();
    }

    @Test
    void onlyAnAdministratorMayImportOrExport() {
        ResponseEntity<String> byCaseworker = http.withBasicAuth("caseworker", "demo").postForEntity(
                "/api/imports/requests", new HttpEntity<>(REQUESTS_HEADER, csvHeaders()), String.class);
        assertThat(byCaseworker.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.withBasicAuth("manager", "demo").getForEntity("/api/exports/requests.csv", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(http.getForEntity("/api/exports/advice.csv", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    // --- helpers

    private ResponseEntity<String> postCsv(String path, String csv) {
        return http.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(csv, csvHeaders()),
                String.class);
    }

    private static HttpHeaders csvHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return headers;
    }

    private JsonNode okJson(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode getCase(String caseRef) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo")
                .getForEntity("/api/cases/" + caseRef, String.class);
        return okJson(response);
    }

    private static List<String> taskKeys(JsonNode c) {
        List<String> keys = new ArrayList<>();
        c.get("openTasks").forEach(t -> keys.add(t.get("taskKey").asText()));
        return keys;
    }

    /** "row column message" for each error. */
    private List<String> errors(ResponseEntity<String> response) throws Exception {
        List<String> errors = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.add(e.get("row").asInt() + " "
                + e.get("column").asText() + " " + e.get("message").asText()));
        return errors;
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
