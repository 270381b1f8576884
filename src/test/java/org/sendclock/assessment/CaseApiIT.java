package org.sendclock.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The JSON API: what a good request returns, and that every bad one is refused naming its fault, saving nothing. */
@IntegrationTest
class CaseApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired ManagementService management;

    @Test
    void registeringARequestReturnsTheCaseWithItsStatutoryDueDates() throws Exception {
        ResponseEntity<String> response = post("/api/cases", request("2026-01-15"));

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode body = json.readTree(response.getBody());
        String ref = body.get("caseRef").asText();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + ref);
        assertThat(body.get("requestDate").asText()).isEqualTo("2026-01-15");
        assertThat(body.get("status").asText()).isEqualTo("OPEN");
        assertThat(body.get("decisionDue").asText()).isEqualTo("2026-02-26");
        assertThat(body.get("noPlanNoticeDue").asText()).isEqualTo("2026-05-07");
        assertThat(body.get("finalPlanDue").asText()).isEqualTo("2026-06-04");
        assertThat(body.get("child").get("familyName").asText()).isEqualTo("Okafor");

        JsonNode fetched = getJson("/api/cases/" + ref);
        assertThat(fetched.get("caseRef").asText()).isEqualTo(ref);
        assertThat(fetched.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("DecideWhetherToAssess");
        assertThat(fetched.get("openTasks").get(0).get("dueDate").asText()).isEqualTo("2026-02-26");
    }

    @Test
    void aRequestDatedTwentyOneWeeksAgoShowsTheDecisionAndFinalPlanBreaches() throws Exception {
        LocalDate requested = TODAY.minusWeeks(21);
        String ref = json.readTree(post("/api/cases", request(requested.toString())).getBody()).get("caseRef").asText();
        runDueTimers();

        JsonNode breaches = getJson("/api/cases/" + ref).get("breaches");
        List<String> found = new ArrayList<>();
        breaches.forEach(b -> found.add(b.get("deadline").asText() + " " + b.get("dueDate").asText()));
        assertThat(found).containsExactlyInAnyOrder(
                "DECISION " + requested.plusDays(42), "FINAL_PLAN " + requested.plusDays(140));
    }

    @Test
    void advicePerProviderIsListedWithItsOwnDueDate() throws Exception {
        String ref = assessedCase();
        post("/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"provider\":\"Northshire ICB\",\"requestedDate\":\"" + TODAY + "\"}");

        JsonNode advice = getJson("/api/cases/" + ref).get("advice").get(0);
        assertThat(advice.get("adviceType").asText()).isEqualTo("HEALTH");
        assertThat(advice.get("requestedDate").asText()).isEqualTo(TODAY.toString());
        assertThat(advice.get("dueDate").asText()).isEqualTo(TODAY.plusDays(42).toString());
        assertThat(advice.get("receivedDate").isNull()).isTrue();
    }

    @Test
    void listsCasesByStatus() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.toString())).getBody()).get("caseRef").asText();
        JsonNode page = getJson("/api/cases?status=OPEN&size=200");
        List<String> refs = new ArrayList<>();
        page.get("cases").forEach(c -> refs.add(c.get("caseRef").asText()));
        assertThat(refs).contains(ref);
        assertThat(getJson("/api/cases?status=REFUSED&size=200").get("cases").toString()).doesNotContain(ref);
    }

    // --- bad input: 400 naming each field, nothing saved

    @Test
    void missingFieldsAreEachNamed() throws Exception {
        long before = cases.count();
        ResponseEntity<String> response = post("/api/cases", "{\"child\":{}}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertThat(fields(response)).contains("requestDate", "source", "child.givenName", "child.familyName",
                "child.dateOfBirth");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aMalformedDateIsNamed() throws Exception {
        long before = cases.count();
        ResponseEntity<String> response = post("/api/cases", request("2026-02-30"));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).containsEntry("requestDate",
                "must be a real date written YYYY-MM-DD, not \"2026-02-30\"");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aRequestDateInTheFutureIsRefused() throws Exception {
        long before = cases.count();
        ResponseEntity<String> response = post("/api/cases", request(TODAY.plusDays(1).toString()));
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).containsEntry("requestDate", "must not be in the future");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void anUnknownAdviceTypeIsNamed() throws Exception {
        String ref = assessedCase();
        String before = getJson("/api/cases/" + ref).toString();
        ResponseEntity<String> response = post("/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"DENTISTRY\",\"requestedDate\":\"" + TODAY + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response)).containsEntry("adviceType", "must be one of PARENT, EDUCATION, "
                + "EDUCATIONAL_PSYCHOLOGY, HEALTH, SOCIAL_CARE, PREPARING_FOR_ADULTHOOD, OTHER");
        assertThat(getJson("/api/cases/" + ref).toString()).isEqualTo(before);
    }

    @Test
    void aFinalPlanDatedBeforeTheRequestIsRefused() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.minusWeeks(3).toString())).getBody())
                .get("caseRef").asText();
        String before = getJson("/api/cases/" + ref).toString();
        ResponseEntity<String> response = post("/api/cases/" + ref + "/final-plan",
                "{\"issueDate\":\"" + TODAY.minusWeeks(4) + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(response).get("issueDate")).startsWith("must not be before the request date");
        assertThat(getJson("/api/cases/" + ref).toString()).isEqualTo(before);
    }

    @Test
    void refusingWithoutTheDateTheFamilyWasToldIsRefused() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.toString())).getBody()).get("caseRef").asText();
        ResponseEntity<String> response = post("/api/cases/" + ref + "/decision",
                "{\"decision\":\"REFUSE\",\"decisionDate\":\"" + TODAY + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(response)).containsExactly("noticeSentDate");
        assertThat(getJson("/api/cases/" + ref).get("status").asText()).isEqualTo("OPEN");
    }

    // --- unknown case: 404; a step not possible now: 409 with the reason

    @Test
    void anUnknownCaseIsNotFound() {
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo")
                .getForEntity("/api/cases/EHC-999999", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("There is no case EHC-999999");
    }

    @Test
    void aFinalPlanBeforeADraftIsNotPossible() throws Exception {
        String ref = assessedCase();
        String before = getJson("/api/cases/" + ref).toString();
        ResponseEntity<String> response = post("/api/cases/" + ref + "/final-plan", "{\"issueDate\":\"" + TODAY + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(response.getBody()).get("detail").asText())
                .isEqualTo("A final plan can only be issued after a draft has been served");
        assertThat(getJson("/api/cases/" + ref).toString()).isEqualTo(before);
    }

    @Test
    void adviceOnARefusedCaseIsNotPossible() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.toString())).getBody()).get("caseRef").asText();
        post("/api/cases/" + ref + "/decision", "{\"decision\":\"REFUSE\",\"decisionDate\":\"" + TODAY
                + "\",\"appealRightsSentDate\":\"" + TODAY + "\"}");
        ResponseEntity<String> response = post("/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"" + TODAY + "\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(response.getBody()).get("detail").asText()).contains("is refused");
        assertThat(getJson("/api/cases/" + ref).get("advice")).isEmpty();
    }

    @Test
    void correctingTheRequestDateMovesTheDueDates() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.toString())).getBody()).get("caseRef").asText();
        ResponseEntity<String> response = post("/api/cases/" + ref + "/request-date",
                "{\"requestDate\":\"" + TODAY.minusDays(10) + "\",\"reason\":\"date-stamped on arrival\"}");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("decisionDue").asText()).isEqualTo(TODAY.plusDays(32).toString());
        assertThat(body.get("openTasks").get(0).get("dueDate").asText()).isEqualTo(TODAY.plusDays(32).toString());
    }

    // --- helpers

    private String assessedCase() throws Exception {
        String ref = json.readTree(post("/api/cases", request(TODAY.minusWeeks(2).toString())).getBody())
                .get("caseRef").asText();
        ResponseEntity<String> decided = post("/api/cases/" + ref + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + TODAY + "\"}");
        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private static String request(String requestDate) {
        return """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Amara","familyName":"Okafor","dateOfBirth":"2018-05-14",
                          "upn":"A123456789012","setting":"Hillside Primary School"}}
                """.formatted(requestDate);
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("caseworker", "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private java.util.Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        java.util.Map<String, String> errors = new java.util.LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }

    private List<String> fields(ResponseEntity<String> response) throws Exception {
        return new ArrayList<>(errors(response).keySet());
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
