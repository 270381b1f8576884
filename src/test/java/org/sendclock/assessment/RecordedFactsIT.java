package org.sendclock.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.DateText;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Issue 11, items 4 and 5 through the API: reg 10(4) exceptions and reg 8(2) excusals are dated facts the law allows,
 * the plan decision weighs the advice reg 6(1) requires, and each step's date is checked against the recorded dates of
 * the steps before it, never against the day it is typed in. Every refusal names its field and saves nothing.
 */
@IntegrationTest
class RecordedFactsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    // --- reg 10(4) exceptions

    @Test
    void anExceptionMustStartWhileAClockRanAndAClosureOrAbsenceMustLastFourWeeks() throws Exception {
        LocalDate r = TODAY.minusWeeks(20);
        String ref = register(r);
        decide(ref, r.plusWeeks(5));
        requestAdvice(ref, "EDUCATION", r.plusWeeks(6));

        assertThat(errors(exception(ref, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", TODAY.plusDays(1), null)))
                .containsEntry("startDate", "must not be in the future");
        assertThat(errors(exception(ref, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", r.minusDays(1), null)))
                .containsEntry("startDate", "must not be before the request date, " + DateText.of(r));
        assertThat(errors(exception(ref, "SCHOOL_CLOSURE", r.plusWeeks(6), null)))
                .containsEntry("endDate", "is required for a closure: the day the school or college reopened");
        assertThat(errors(exception(ref, "EARLY_YEARS_CLOSURE", r.plusWeeks(6), r.plusWeeks(6).plusDays(20))).get("endDate"))
                .startsWith("must be at least 4 weeks after the start date").endsWith("this one lasted 20 days");
        assertThat(errors(exception(ref, "SCHOOL_CLOSURE", r.plusWeeks(10), r.plusWeeks(15))).get("reason"))
                .as("education advice asked a week before the window opened")
                .contains("educational advice asked of the school or setting between "
                        + DateText.of(r.plusWeeks(9)) + " and " + DateText.of(r.plusWeeks(14)));
        assertThat(errors(exception(ref, "ABSENT_FROM_AREA", r.plusWeeks(7), null)))
                .containsEntry("endDate", "is required for an absence from the area: the day the family came back");
        assertThat(errors(exception(ref, "ABSENT_FROM_AREA", r.plusWeeks(7), r.plusWeeks(7).plusDays(27))).get("endDate"))
                .contains("an absence of 4 continuous weeks or more");
        assertThat(errors(exception(ref, "ABSENT_FROM_AREA", r.plusWeeks(7), TODAY.plusDays(1))))
                .containsEntry("endDate", "must not be in the future");
        JsonNode unchanged = getJson(ref);
        assertThat(unchanged.get("exceptions")).as("nothing saved").isEmpty();
        assertThat(kinds(unchanged)).doesNotContain("EXCEPTION_RECORDED");

        // The window runs from a week before it closed to a week before it reopened: asked 4 days into it.
        assertThat(exception(ref, "SCHOOL_CLOSURE", r.plusWeeks(6).plusDays(3), r.plusWeeks(11)).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(exception(ref, "ABSENT_FROM_AREA", r.plusWeeks(7), r.plusWeeks(11)).getStatusCode())
                .as("exactly 4 weeks").isEqualTo(HttpStatus.CREATED);
        assertThat(getJson(ref).get("exceptions")).hasSize(2);
    }

    @Test
    void anExceptionStartingAfterTheFinalPlanWasIssuedIsRefusedOneStartingBeforeIsTaken() throws Exception {
        LocalDate r = TODAY.minusWeeks(25);
        String ref = planIssued(r, r.plusWeeks(14));

        assertThat(errors(exception(ref, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", r.plusWeeks(15), null)))
                .containsEntry("startDate", "must not be after " + DateText.of(r.plusWeeks(14))
                        + ", when the final plan was issued: an exception can only cover time while a clock it "
                        + "excuses ran");
        assertThat(getJson(ref).get("exceptions")).isEmpty();

        ResponseEntity<String> backdated = exception(ref, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", r.plusWeeks(8),
                r.plusWeeks(10));
        assertThat(backdated.getStatusCode()).as("recorded after the plan, for a time the clocks ran")
                .isEqualTo(HttpStatus.CREATED);
    }

    @Test
    void anExceptionCountsOnlyOnceAManagerHasRecordedOrAgreedIt() throws Exception {
        LocalDate r = TODAY.minusWeeks(10);
        String ref = register(r);
        exception(ref, "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", r.plusWeeks(1), null);

        JsonNode recorded = getJson(ref);
        JsonNode first = recorded.get("exceptions").get(0);
        assertThat(first.get("counts").asBoolean()).isFalse();
        assertThat(first.get("agreedBy").isNull()).isTrue();
        assertThat(recorded.get("exceptionApplies").asBoolean()).isFalse();
        assertThat(recorded.get("clocks")).allSatisfy(k -> assertThat(k.get("exceptionApplies").asBoolean()).isFalse());
        long id = first.get("id").asLong();

        assertThat(post("caseworker", "/api/cases/" + ref + "/exceptions/" + id + "/agreement", "").getStatusCode())
                .as("four-eyes: not the caseworker").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(getJson(ref).get("exceptions").get(0).get("counts").asBoolean()).isFalse();

        ResponseEntity<String> agreed = post("manager", "/api/cases/" + ref + "/exceptions/" + id + "/agreement", "");
        assertThat(agreed.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode after = json.readTree(agreed.getBody());
        assertThat(after.get("exceptions").get(0).get("counts").asBoolean()).isTrue();
        assertThat(after.get("exceptions").get(0).get("agreedBy").asText()).isEqualTo("manager");
        assertThat(after.get("exceptionApplies").asBoolean()).isTrue();
        assertThat(after.get("clocks")).filteredOn(k -> !k.get("clock").asText().equals("COMMENT_PERIOD"))
                .allSatisfy(k -> assertThat(k.get("exceptionApplies").asBoolean()).isTrue());
        assertThat(kinds(after)).contains("EXCEPTION_RECORDED", "EXCEPTION_AGREED");

        ResponseEntity<String> again = post("manager", "/api/cases/" + ref + "/exceptions/" + id + "/agreement", "");
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(again.getBody()).get("detail").asText()).startsWith("The exception was already agreed by manager");
        assertThat(post("manager", "/api/cases/" + ref + "/exceptions/999999/agreement", "").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        String byManager = register(r);
        post("manager", "/api/cases/" + byManager + "/exceptions", exceptionJson("EXCEPTIONAL_PERSONAL_CIRCUMSTANCES",
                r.plusWeeks(1), null));
        JsonNode managers = getJson(byManager);
        assertThat(managers.get("exceptions").get(0).get("counts").asBoolean()).as("a manager's counts at once").isTrue();
        assertThat(managers.get("exceptions").get(0).get("agreedBy").asText()).isEqualTo("manager");
        assertThat(managers.get("exceptionApplies").asBoolean()).isTrue();
    }

    // --- reg 8(2) excusals

    @Test
    void aMissedAppointmentNeedsTheAppointmentsDate() throws Exception {
        LocalDate r = TODAY.minusWeeks(10);
        String ref = register(r);
        decide(ref, r.plusWeeks(2));
        long health = requestAdvice(ref, "HEALTH", r.plusWeeks(3));

        ResponseEntity<String> refused = post("caseworker", "/api/cases/" + ref + "/advice-requests/" + health
                + "/exception", "{\"reason\":\"MISSED_APPOINTMENT\",\"note\":\"did not attend\",\"excusedDate\":\""
                + r.plusWeeks(5) + "\"}");
        assertThat(errors(refused)).containsOnlyKeys("appointmentDate");
        assertThat(getJson(ref).get("advice").get(0).get("status").asText()).isEqualTo("REQUESTED");
        assertThat(errors(post("caseworker", "/api/cases/" + ref + "/advice-requests/" + health + "/exception",
                "{\"reason\":\"MISSED_APPOINTMENT\",\"note\":\"did not attend\",\"excusedDate\":\"" + r.plusWeeks(4)
                        + "\",\"appointmentDate\":\"" + r.plusWeeks(5) + "\"}")))
                .as("excused before the appointment was missed")
                .containsEntry("excusedDate", "must not be before the missed appointment, " + DateText.of(r.plusWeeks(5)));

        assertThat(post("caseworker", "/api/cases/" + ref + "/advice-requests/" + health + "/exception",
                "{\"reason\":\"MISSED_APPOINTMENT\",\"note\":\"did not attend\",\"excusedDate\":\"" + r.plusWeeks(5)
                        + "\",\"appointmentDate\":\"" + r.plusWeeks(4) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode advice = getJson(ref).get("advice").get(0);
        assertThat(advice.get("excusedDate").asText()).isEqualTo(r.plusWeeks(5).toString());
        assertThat(advice.get("missedAppointmentDate").asText()).isEqualTo(r.plusWeeks(4).toString());
    }

    // --- the plan decision weighs the advice reg 6(1) requires

    @Test
    void thePlanDecisionNeedsEachAdviceReg6RequiresReceivedExcusedOrNotSought() throws Exception {
        LocalDate r = TODAY.minusWeeks(20);
        String ref = register(r);
        decide(ref, r.plusWeeks(2));
        long health = requestAdvice(ref, "HEALTH", r.plusWeeks(3));
        receive(ref, health, r.plusWeeks(8));

        ResponseEntity<String> missing = planDecision(ref, r.plusWeeks(9));
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(missing.getBody()).get("detail").asText()).isEqualTo("The plan decision needs the "
                + "advice reg 6(1) requires, and there is no parent or young person, educational, educational "
                + "psychology, social care advice. Record each received, excused under reg 8(2), or not sought with "
                + "a reason");
        assertThat(getJson(ref).get("planDecision").isNull()).as("nothing saved").isTrue();

        assertThat(errors(notSought(ref, "OTHER"))).containsOnlyKeys("adviceType");
        assertThat(notSought(ref, "HEALTH").getStatusCode()).as("asked for already").isEqualTo(HttpStatus.CONFLICT);
        for (String type : List.of("PARENT", "EDUCATION", "EDUCATIONAL_PSYCHOLOGY")) {
            assertThat(notSought(ref, type).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        }
        assertThat(notSought(ref, "PARENT").getStatusCode()).as("once per type").isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(planDecision(ref, r.plusWeeks(9)).getBody()).get("detail").asText())
                .contains("there is no social care advice. Record it received");

        long socialCare = requestAdvice(ref, "SOCIAL_CARE", r.plusWeeks(4));
        post("caseworker", "/api/cases/" + ref + "/advice-requests/" + socialCare + "/exception",
                "{\"reason\":\"EXCEPTIONAL_CIRCUMSTANCES\",\"note\":\"team reorganised\",\"excusedDate\":\""
                        + r.plusWeeks(10) + "\"}");
        assertThat(errors(planDecision(ref, r.plusWeeks(9)))).as("decided before the last advice was answered")
                .containsEntry("decisionDate", "must not be before the last advice was answered, "
                        + DateText.of(r.plusWeeks(10)));

        assertThat(planDecision(ref, r.plusWeeks(10)).getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode decided = getJson(ref);
        assertThat(decided.get("adviceNotSought")).extracting(n -> n.get("adviceType").asText())
                .containsExactly("PARENT", "EDUCATION", "EDUCATIONAL_PSYCHOLOGY");
        assertThat(kinds(decided)).contains("ADVICE_NOT_SOUGHT", "DECIDED_TO_ISSUE_PLAN");
        assertThat(notSought(ref, "SOCIAL_CARE").getStatusCode()).as("advice is no longer gathered")
                .isEqualTo(HttpStatus.CONFLICT);
    }

    // --- dates checked against each other

    @Test
    void aFinalPlanInsideTheCommentPeriodIsRefusedWhenTheParentSentCommentsOnly() throws Exception {
        LocalDate r = TODAY.minusWeeks(25);
        LocalDate served = r.plusWeeks(11);
        String ref = draftServed(r, served);
        LocalDate lastDay = served.plusDays(14);
        assertThat(post("caseworker", "/api/cases/" + ref + "/parent-response", "{\"responseDate\":\""
                + served.plusDays(2) + "\",\"finishedCommenting\":false}").getStatusCode()).isEqualTo(HttpStatus.OK);
        // Backdated: the comment period's timer has fired, so the consultation is open at once.
        runDueTimers();
        assertThat(post("caseworker", "/api/cases/" + ref + "/school-consultation", "{\"school\":\"Hillside\","
                + "\"consultedDate\":\"" + served.plusDays(3) + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(errors(finalPlan(ref, served.plusDays(2))))
                .containsEntry("issueDate", "must not be before the school or college was consulted, "
                        + DateText.of(served.plusDays(3)));
        String inside = "must be after the parent's comment period, which ends " + DateText.of(lastDay)
                + ", unless they say they have finished commenting";
        assertThat(errors(finalPlan(ref, served.plusDays(5)))).containsEntry("issueDate", inside);
        assertThat(errors(finalPlan(ref, lastDay))).as("the 15th day is still theirs").containsEntry("issueDate", inside);
        assertThat(getJson(ref).get("finalPlanDate").isNull()).as("nothing saved").isTrue();

        assertThat(finalPlan(ref, lastDay.plusDays(1)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(getJson(ref).get("status").asText()).isEqualTo("PLAN_ISSUED");
    }

    @Test
    void aFinalPlanInsideTheCommentPeriodIsTakenWhenTheParentHasFinishedCommenting() throws Exception {
        LocalDate r = TODAY.minusWeeks(25);
        LocalDate served = r.plusWeeks(11);
        String ref = draftServed(r, served);
        post("caseworker", "/api/cases/" + ref + "/parent-response", "{\"responseDate\":\"" + served.plusDays(2)
                + "\",\"finishedCommenting\":true}");
        post("caseworker", "/api/cases/" + ref + "/school-consultation", "{\"school\":\"Hillside\",\"consultedDate\":\""
                + served.plusDays(3) + "\"}");

        ResponseEntity<String> issued = finalPlan(ref, served.plusDays(4));

        assertThat(issued.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(issued.getBody()).get("clocks")).filteredOn(k -> k.get("clock").asText()
                .equals("COMMENT_PERIOD")).singleElement().satisfies(k ->
                assertThat(k.get("doneDate").asText()).isEqualTo(served.plusDays(2).toString()));
    }

    // --- a case through the API

    private String planIssued(LocalDate r, LocalDate issued) throws Exception {
        LocalDate served = r.plusWeeks(11);
        String ref = draftServed(r, served);
        post("caseworker", "/api/cases/" + ref + "/parent-response", "{\"responseDate\":\"" + served.plusDays(7)
                + "\",\"finishedCommenting\":true}");
        post("caseworker", "/api/cases/" + ref + "/school-consultation", "{\"school\":\"Hillside\",\"consultedDate\":\""
                + served.plusDays(8) + "\"}");
        assertThat(finalPlan(ref, issued).getStatusCode()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private String draftServed(LocalDate r, LocalDate served) throws Exception {
        String ref = register(r);
        decide(ref, r.plusWeeks(4));
        List<Long> asked = new ArrayList<>();
        for (String type : List.of("PARENT", "EDUCATION", "HEALTH", "EDUCATIONAL_PSYCHOLOGY", "SOCIAL_CARE")) {
            asked.add(requestAdvice(ref, type, r.plusWeeks(4).plusDays(1)));
        }
        for (long id : asked) {
            receive(ref, id, r.plusWeeks(9));
        }
        assertThat(planDecision(ref, r.plusWeeks(10)).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(post("caseworker", "/api/cases/" + ref + "/draft-plan", "{\"servedDate\":\"" + served + "\"}")
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private String register(LocalDate requested) throws Exception {
        return json.readTree(post("caseworker", "/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Ava","familyName":"Lee","dateOfBirth":"2016-09-01"}}
                """.formatted(requested)).getBody()).get("caseRef").asText();
    }

    private void decide(String ref, LocalDate date) {
        assertThat(post("caseworker", "/api/cases/" + ref + "/decision", "{\"decision\":\"ASSESS\",\"decisionDate\":\""
                + date + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private long requestAdvice(String ref, String type, LocalDate date) throws Exception {
        ResponseEntity<String> asked = post("caseworker", "/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"" + type + "\",\"requestedDate\":\"" + date + "\"}");
        assertThat(asked.getStatusCode()).as(asked.getBody()).isEqualTo(HttpStatus.CREATED);
        long id = 0;
        for (JsonNode a : json.readTree(asked.getBody()).get("advice")) {
            if (a.get("adviceType").asText().equals(type)) {
                id = a.get("id").asLong();
            }
        }
        return id;
    }

    private void receive(String ref, long adviceId, LocalDate date) {
        assertThat(post("caseworker", "/api/cases/" + ref + "/advice-requests/" + adviceId + "/receipt",
                "{\"receivedDate\":\"" + date + "\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<String> notSought(String ref, String type) {
        return post("caseworker", "/api/cases/" + ref + "/advice-not-sought", "{\"adviceType\":\"" + type
                + "\",\"reason\":\"advice from last term is sufficient (reg 6(4))\"}");
    }

    private ResponseEntity<String> planDecision(String ref, LocalDate date) {
        return post("caseworker", "/api/cases/" + ref + "/plan-decision", "{\"outcome\":\"ISSUE_PLAN\","
                + "\"decisionDate\":\"" + date + "\"}");
    }

    private ResponseEntity<String> finalPlan(String ref, LocalDate date) {
        return post("caseworker", "/api/cases/" + ref + "/final-plan", "{\"issueDate\":\"" + date + "\"}");
    }

    private ResponseEntity<String> exception(String ref, String reason, LocalDate start, LocalDate end) {
        return post("caseworker", "/api/cases/" + ref + "/exceptions", exceptionJson(reason, start, end));
    }

    private static String exceptionJson(String reason, LocalDate start, LocalDate end) {
        return "{\"reason\":\"" + reason + "\",\"startDate\":\"" + start + "\""
                + (end == null ? "" : ",\"endDate\":\"" + end + "\"") + ",\"note\":\"what happened\"}";
    }

    private ResponseEntity<String> post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth(user, "demo").postForEntity(path, new HttpEntity<>(body, headers), String.class);
    }

    private JsonNode getJson(String ref) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref,
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }

    private static List<String> kinds(JsonNode view) {
        List<String> kinds = new ArrayList<>();
        view.get("timeline").forEach(t -> kinds.add(t.get("kind").asText()));
        return kinds;
    }

    @Autowired org.camunda.bpm.engine.ManagementService management;

    private void runDueTimers() {
        for (org.camunda.bpm.engine.runtime.Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }
}
