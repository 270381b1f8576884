package org.sendclock.reassessment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.sendclock.tasks.MyWork;
import org.sendclock.tasks.WorkItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A re-assessment of a child with a plan run through the API with the engine's clock moved: the request, the decision
 * within 15 days, advice with its six weeks, the plan within 14 weeks; its tasks on My work, its warnings, breaches and
 * escalations; not reassessing; the plan ceasing part-way; bad input refused by name with nothing written. Together
 * these tests pass every flow node of bpmn/ehc-reassessment.bpmn (checked after the last).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReassessmentIT {

    /** A Monday in spring 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyWork myWork;

    private final String prefix = "RA" + UUID.randomUUID().toString().substring(0, 6) + "-";
    private final Set<String> cases = new HashSet<>();

    @BeforeEach
    void setUp() {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aReassessmentRunsFromRequestThroughAdviceToTheAmendedPlan() throws Exception {
        String ref = planStarted();
        JsonNode r = one(created(post(ref, "{\"requestDate\":\"2026-03-02\",\"requestedBy\":\"PARENT\"}")), 1);
        assertThat(r.get("requestedBy").asText()).isEqualTo("PARENT");
        assertThat(clock(r, "REASSESSMENT_DECISION").get("dueDate").asText()).isEqualTo("2026-03-17");
        assertThat(clock(r, "REASSESSMENT_PLAN").get("dueDate").asText()).isEqualTo("2026-06-08");
        assertThat(steps(r)).containsExactly("DecideWhetherToReassess");
        assertThat(myWork.of("caseworker")).filteredOn(w -> w.caseRef().equals(ref))
                .filteredOn(w -> w.clock() == WorkItem.Clock.REASSESSMENT)
                .extracting(WorkItem::taskKey, WorkItem::clock, WorkItem::due)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DecideWhetherToReassess",
                        WorkItem.Clock.REASSESSMENT, LocalDate.of(2026, 3, 17)));
        assertThat(caseClocks(ref)).contains("REASSESSMENT_DECISION 2026-03-17", "REASSESSMENT_PLAN 2026-06-08");

        EngineTime.setTo(LocalDate.of(2026, 3, 12), LocalTime.of(8, 0));
        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("AT_RISK Re-assessment decision at risk: due 17 March"
                + " 2026, 5 days left"));
        EngineTime.setTo(LocalDate.of(2026, 3, 18), LocalTime.of(0, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactly("REASSESSMENT_DECISION");
        acknowledgeEscalations(ref);

        EngineTime.setTo(LocalDate.of(2026, 3, 18), LocalTime.of(10, 0));
        r = one(ok(post(ref, 1, "decision", "{\"decision\":\"REASSESS\",\"notifiedDate\":\"2026-03-18\"}")), 1);
        assertThat(clock(r, "REASSESSMENT_DECISION").get("standing").asText()).isEqualTo("LATE");
        assertThat(steps(r)).containsExactly("IssueOutcome");
        assertThat(timeline(ref)).anyMatch(e -> e.equals("REASSESSMENT_DECIDED Re-assessment 1: decided to reassess,"
                + " notified 18 March 2026 (late: due 17 March 2026); plan due 8 June 2026"));

        ok(post(ref, 1, "advice-requests", "{\"adviceType\":\"EDUCATIONAL_PSYCHOLOGY\",\"provider\":\"EP service\","
                + "\"requestedDate\":\"2026-03-18\"}"));
        r = one(ok(post(ref, 1, "advice-requests", "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"2026-03-18\"}")), 1);
        assertThat(r.get("advice")).hasSize(2);
        long psychology = r.get("advice").get(0).get("id").asLong();
        long health = r.get("advice").get(1).get("id").asLong();
        assertThat(adviceClock(r, psychology).get("dueDate").asText()).isEqualTo("2026-04-29");
        assertThat(steps(r)).containsExactlyInAnyOrder("IssueOutcome", "AwaitReassessmentAdvice");
        assertThat(myWork.of("caseworker")).filteredOn(w -> w.caseRef().equals(ref)).extracting(WorkItem::due)
                .contains(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 6, 8));
        JsonNode assessmentView = ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref,
                String.class));
        assertThat(assessmentView.get("advice")).as("the assessment's advice is its own").isEmpty();

        assertThat(post(ref, 1, "outcome", "{\"outcome\":\"AMENDED\",\"outcomeDate\":\"2026-03-18\"}")
                .getStatusCode()).as("advice outstanding").isEqualTo(HttpStatus.CONFLICT);

        EngineTime.setTo(LocalDate.of(2026, 4, 22), LocalTime.of(8, 0));
        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("ADVICE_REMINDER Reminder: educational psychology"
                + " advice (EP service) is due on 29 April 2026"));
        EngineTime.setTo(LocalDate.of(2026, 4, 30), LocalTime.of(0, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactlyInAnyOrder("REASSESSMENT_DECISION", "ADVICE", "ADVICE");

        EngineTime.setTo(LocalDate.of(2026, 4, 30), LocalTime.of(10, 0));
        ok(advice(ref, psychology, "receipt", "{\"receivedDate\":\"2026-04-30\"}"));
        r = one(ok(advice(ref, health, "withdrawal", "{\"withdrawnDate\":\"2026-04-30\","
                + "\"reason\":\"Health gave the same advice at the review\"}")), 1);
        assertThat(adviceClock(r, psychology).get("standing").asText()).isEqualTo("LATE");
        assertThat(adviceClock(r, health).get("standing").asText()).isEqualTo("NOT_NEEDED");
        assertThat(steps(r)).containsExactly("IssueOutcome");

        EngineTime.setTo(LocalDate.of(2026, 5, 26), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("AT_RISK Re-assessment plan at risk: due 8 June 2026"));
        r = one(ok(post(ref, 1, "outcome", "{\"outcome\":\"AMENDED\",\"outcomeDate\":\"2026-05-26\"}")), 1);
        assertThat(r.get("outcome").asText()).isEqualTo("AMENDED");
        assertThat(r.get("open").asBoolean()).isFalse();
        assertThat(clock(r, "REASSESSMENT_PLAN").get("standing").asText()).isEqualTo("MET");
        assertThat(steps(r)).isEmpty();
        acknowledgeEscalations(ref);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReassessmentSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).as("concluded").isZero();
        assertThat(timeline(ref)).anyMatch(e -> e.equals("REASSESSMENT_CONCLUDED Re-assessment 1: amended plan"
                + " issued 26 May 2026"));

        // A second request may follow once the first is concluded: the six-month rule now runs from its conclusion.
        JsonNode all = created(post(ref, "{\"requestDate\":\"2026-05-26\",\"requestedBy\":\"SCHOOL\"}"));
        r = one(all, 2);
        assertThat(steps(r)).containsExactly("DecideWhetherToReassess");
        assertThat(r.get("sixMonthRuleApplies").asBoolean()).isTrue();
        assertThat(r.get("lastAssessment").get("was").asText()).isEqualTo("REASSESSMENT");
        assertThat(r.get("lastAssessment").get("reassessment").asInt()).isEqualTo(1);
        assertThat(r.get("lastAssessment").get("sixMonthRuleAppliesBefore").asText()).isEqualTo("2026-11-26");
        assertThat(one(all, 1).get("sixMonthRuleApplies").asBoolean()).as("a year after the plan's start").isFalse();
    }

    @Test
    void aRequestWithinSixMonthsOfTheLastAssessmentMayBeRefusedUnderTheSixMonthRule() throws Exception {
        String ref = planStarted("2025-10-01");
        JsonNode all = created(post(ref, "{\"requestDate\":\"2026-02-20\",\"requestedBy\":\"PARENT\"}"));
        JsonNode r = one(all, 1);
        assertThat(r.get("sixMonthRuleApplies").asBoolean()).isTrue();
        assertThat(r.get("lastAssessment").get("date").asText()).isEqualTo("2025-10-01");
        assertThat(r.get("lastAssessment").get("was").asText()).isEqualTo("PLAN_ISSUED");
        assertThat(r.get("lastAssessment").get("sixMonthRuleAppliesBefore").asText()).isEqualTo("2026-04-01");
        assertThat(r.get("refusedUnderSixMonthRule").asBoolean()).isFalse();
        assertThat(all.get("lastAssessment").get("date").asText()).as("what a new request would follow")
                .isEqualTo("2025-10-01");
        assertThat(timeline(ref)).anyMatch(e -> e.equals("REASSESSMENT_REQUESTED Re-assessment 1 requested by the"
                + " parent on 20 February 2026; decision due 7 March 2026, plan due 29 May 2026; the six-month rule"
                + " applies (the last assessment: the plan issued on 1 October 2025): the council may refuse it unless"
                + " it thinks a re-assessment necessary"));

        assertThat(errors(post(ref, 1, "decision", "{\"decision\":\"REASSESS\",\"notifiedDate\":\"2026-03-02\","
                + "\"underSixMonthRule\":true}"))).containsOnlyKeys("underSixMonthRule")
                .containsEntry("underSixMonthRule", "only a decision not to reassess can rely on the six-month rule");
        assertThat(one(get(ref), 1).get("decision").isNull()).as("nothing written").isTrue();

        r = one(ok(post(ref, 1, "decision", "{\"decision\":\"NOT_REASSESS\",\"notifiedDate\":\"2026-03-02\","
                + "\"underSixMonthRule\":true}")), 1);
        assertThat(r.get("refusedUnderSixMonthRule").asBoolean()).isTrue();
        assertThat(r.get("open").asBoolean()).isFalse();
        assertThat(clock(r, "REASSESSMENT_DECISION").get("standing").asText()).as("its notice still within 15 days")
                .isEqualTo("MET");
        assertThat(timeline(ref)).anyMatch(e -> e.equals("REASSESSMENT_DECIDED Re-assessment 1: decided not to"
                + " reassess under the six-month rule (the last assessment: the plan issued on 1 October 2025),"
                + " notified 2 March 2026"));
        assertThat(jdbc.queryForObject("select refused_under_six_month_rule from reassessment r join assessment_case"
                + " c on c.id = r.case_id where c.case_ref = ?", Boolean.class, ref)).isTrue();

        // The council's own decision to reassess is no request it could refuse.
        r = one(created(post(ref, "{\"requestDate\":\"2026-03-02\",\"requestedBy\":\"COUNCIL\"}")), 2);
        assertThat(r.get("sixMonthRuleApplies").asBoolean()).isFalse();
        assertThat(errors(post(ref, 2, "decision", "{\"decision\":\"NOT_REASSESS\",\"notifiedDate\":\"2026-03-02\","
                + "\"underSixMonthRule\":true}"))).containsEntry("underSixMonthRule", "the six-month rule is for"
                + " refusing a request: re-assessment 2 was the council's own decision");
    }

    @Test
    void theSixMonthRuleIsRefusedWhereTheRequestCameSixMonthsOrMoreAfterTheLastAssessment() throws Exception {
        String ref = planStarted("2025-09-02");
        JsonNode r = one(created(post(ref, "{\"requestDate\":\"2026-03-02\",\"requestedBy\":\"SCHOOL\"}")), 1);
        assertThat(r.get("sixMonthRuleApplies").asBoolean()).as("six months to the day have passed").isFalse();
        assertThat(errors(post(ref, 1, "decision", "{\"decision\":\"NOT_REASSESS\",\"notifiedDate\":\"2026-03-02\","
                + "\"underSixMonthRule\":true}"))).containsEntry("underSixMonthRule", "the six-month rule does not"
                + " apply: the request of 2 March 2026 came six months or more after the last assessment (the plan"
                + " issued on 2 September 2025)");
        r = one(ok(post(ref, 1, "decision", "{\"decision\":\"NOT_REASSESS\",\"notifiedDate\":\"2026-03-02\"}")), 1);
        assertThat(r.get("refusedUnderSixMonthRule").asBoolean()).isFalse();
    }

    @Test
    void decidingNotToReassessEndsItAndItsPlanClock() throws Exception {
        String ref = planStarted();
        created(post(ref, "{\"requestDate\":\"2026-02-20\",\"requestedBy\":\"SCHOOL\"}"));
        JsonNode r = one(ok(post(ref, 1, "decision", "{\"decision\":\"NOT_REASSESS\",\"notifiedDate\":\"2026-03-02\"}")), 1);
        assertThat(r.get("open").asBoolean()).isFalse();
        assertThat(clock(r, "REASSESSMENT_DECISION").get("standing").asText()).isEqualTo("MET");
        JsonNode plan = clock(r, "REASSESSMENT_PLAN");
        assertThat(plan.get("standing").asText()).isEqualTo("NOT_NEEDED");
        assertThat(plan.get("endedReason").asText()).isEqualTo("decided not to reassess");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReassessmentSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).isZero();
        Map<String, String> refused = errors(post(ref, 1, "advice-requests",
                "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"2026-03-03\"}"));
        assertThat(refused).containsKey("requestedDate");
        assertThat(post(ref, 1, "advice-requests", "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"2026-03-02\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aReassessmentLeftLateBreachesAndEndsWhenThePlanCeases() throws Exception {
        String ref = planStarted();
        created(post(ref, "{\"requestDate\":\"2025-10-01\",\"requestedBy\":\"COUNCIL\"}"));
        ok(post(ref, 1, "decision", "{\"decision\":\"REASSESS\",\"notifiedDate\":\"2025-10-10\"}"));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactlyInAnyOrder("REASSESSMENT_PLAN");

        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/plan/cessation",
                jsonBody("{\"ceasedDate\":\"2026-03-01\",\"reason\":7}"), String.class));
        JsonNode r = one(get(ref), 1);
        assertThat(clock(r, "REASSESSMENT_PLAN").get("standing").asText()).as("the breach stands: it was passed")
                .isEqualTo("NOT_NEEDED");
        assertThat(clock(r, "REASSESSMENT_PLAN").get("endedReason").asText()).isEqualTo("plan ceased");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReassessmentSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).isZero();
        assertThat(errors(post(ref, "{\"requestDate\":\"2026-03-02\",\"requestedBy\":\"PARENT\"}")))
                .containsEntry("caseRef", "the plan of case " + ref + " ceased on 1 March 2026");
    }

    @Test
    void badInputIsRefusedByNameAndWritesNothing() throws Exception {
        String ref = planStarted();
        Map<String, String> refused = errors(post(ref, "{\"requestDate\":\"2026-03-03\",\"requestedBy\":\"PARENT\"}"));
        assertThat(refused).containsOnlyKeys("requestDate");
        assertThat(refused.get("requestDate")).startsWith("must not be in the future");
        assertThat(errors(post(ref, "{\"requestDate\":\"2025-03-31\",\"requestedBy\":\"PARENT\"}")))
                .containsEntry("requestDate", "must not be before the plan's start, 1 April 2025");
        assertThat(errors(post(ref, "{\"requestDate\":\"2026-03-01\"}"))).containsKey("requestedBy");
        assertThat(count(ref)).isZero();

        String noPlan = assessedOnly();
        assertThat(errors(post(noPlan, "{\"requestDate\":\"2026-03-01\",\"requestedBy\":\"PARENT\"}")))
                .containsEntry("caseRef", "case " + noPlan + " has no plan to reassess: a child without one is"
                        + " assessed (POST /api/cases)");
        assertThat(count(noPlan)).isZero();

        created(post(ref, "{\"requestDate\":\"2026-02-26\",\"requestedBy\":\"YOUNG_PERSON\"}"));
        assertThat(errors(post(ref, "{\"requestDate\":\"2026-03-01\",\"requestedBy\":\"PARENT\"}")))
                .containsEntry("caseRef", "re-assessment 1 of case " + ref + ", requested 26 February 2026, is"
                        + " still open: conclude it first");
        assertThat(errors(post(ref, 1, "decision", "{\"decision\":\"REASSESS\",\"notifiedDate\":\"2026-02-25\"}")))
                .containsEntry("notifiedDate", "must not be before the request, 26 February 2026");
        assertThat(post(ref, 1, "outcome", "{\"outcome\":\"AMENDED\",\"outcomeDate\":\"2026-03-01\"}")
                .getStatusCode()).as("not yet decided").isEqualTo(HttpStatus.CONFLICT);
        ok(post(ref, 1, "decision", "{\"decision\":\"REASSESS\",\"notifiedDate\":\"2026-02-27\"}"));
        assertThat(errors(post(ref, 1, "outcome", "{\"outcome\":\"NOT_AMENDED\",\"outcomeDate\":\"2026-02-26\"}")))
                .containsEntry("outcomeDate", "must not be before the decision to reassess, 27 February 2026");
        assertThat(errors(post(ref, 1, "advice-requests", "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"2026-02-26\"}")))
                .containsEntry("requestedDate", "must not be before the decision to reassess, 27 February 2026");
        JsonNode r = one(get(ref), 1);
        assertThat(r.get("advice")).isEmpty();
        assertThat(r.get("outcome").isNull()).isTrue();
        assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/reassessments/9/"
                + "decision", jsonBody("{\"decision\":\"REASSESS\",\"notifiedDate\":\"2026-02-27\"}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        ok(post(ref, 1, "outcome", "{\"outcome\":\"NOT_AMENDED\",\"outcomeDate\":\"2026-03-02\"}"));
        assertThat(one(get(ref), 1).get("outcome").asText()).isEqualTo("NOT_AMENDED");
    }

    @AfterAll
    void everyFlowNodeOfTheModelWasPassed() {
        Set<String> passed = new HashSet<>();
        for (String ref : cases) {
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ReassessmentSteps.PROCESS_KEY).processInstanceBusinessKey(ref).list()) {
                history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                        .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
            }
        }
        String definitionId = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ReassessmentSteps.PROCESS_KEY).latestVersion().singleResult().getId();
        List<String> missed = new ArrayList<>();
        for (FlowNode node : repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)) {
            if (!passed.contains(node.getId())) {
                missed.add(node.getId());
            }
        }
        assertThat(missed).as("flow nodes of the re-assessment model no test passed").isEmpty();
    }

    // --- the cases

    /** A case whose plan (recorded here) started on 1 April 2025. */
    private String planStarted() throws Exception {
        return planStarted("2025-04-01");
    }

    private String planStarted(String startDate) throws Exception {
        String ref = assessedOnly();
        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/plan",
                jsonBody("{\"startDate\":\"" + startDate + "\",\"settingUrn\":\"100001\"}"), String.class));
        return ref;
    }

    /** A case brought in with its final plan issued, no plan recorded on it yet. */
    private String assessedOnly() {
        String ref = prefix + UUID.randomUUID().toString().substring(0, 4);
        cases.add(ref);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/requests",
                new HttpEntity<>("case_ref,request_date,request_source,decision_date,decision,draft_plan_date,"
                        + "final_plan_date,child_given_name,child_family_name,child_date_of_birth\n"
                        + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Reassess,Child,"
                        + "2017-05-01\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    // --- the API and the engine, seen from the test

    private ResponseEntity<String> post(String ref, String body) {
        return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/reassessments",
                jsonBody(body), String.class);
    }

    private ResponseEntity<String> post(String ref, int number, String step, String body) {
        return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/reassessments/" + number
                + "/" + step, jsonBody(body), String.class);
    }

    /** A step on one advice request through the case's advice endpoints; answers the re-assessments after it. */
    private ResponseEntity<String> advice(String ref, long adviceRequestId, String step, String body) throws Exception {
        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/advice-requests/"
                + adviceRequestId + "/" + step, jsonBody(body), String.class));
        return http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/reassessments",
                String.class);
    }

    private JsonNode get(String ref) throws Exception {
        return ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/reassessments",
                String.class));
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static JsonNode one(JsonNode all, int number) {
        for (JsonNode r : all.get("reassessments")) {
            if (r.get("number").asInt() == number) {
                return r;
            }
        }
        throw new AssertionError("no re-assessment " + number + " in " + all);
    }

    private static List<String> steps(JsonNode r) {
        List<String> keys = new ArrayList<>();
        r.get("openSteps").forEach(t -> keys.add(t.asText()));
        keys.remove("AcknowledgeEscalation");
        return keys;
    }

    private static JsonNode clock(JsonNode r, String which) {
        for (JsonNode clock : r.get("clocks")) {
            if (clock.get("clock").asText().equals(which) && clock.get("adviceRequestId").isNull()) {
                return clock;
            }
        }
        throw new AssertionError("no " + which + " clock in " + r);
    }

    private static JsonNode adviceClock(JsonNode r, long adviceRequestId) {
        for (JsonNode clock : r.get("clocks")) {
            if (clock.get("adviceRequestId").asLong() == adviceRequestId) {
                return clock;
            }
        }
        throw new AssertionError("no clock of advice request " + adviceRequestId + " in " + r);
    }

    private List<String> caseClocks(String ref) throws Exception {
        List<String> clocks = new ArrayList<>();
        ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class)).get("clocks")
                .forEach(k -> clocks.add(k.get("clock").asText() + " " + k.get("dueDate").asText()));
        return clocks;
    }

    private List<String> timeline(String ref) throws Exception {
        List<String> events = new ArrayList<>();
        ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class)).get("timeline")
                .forEach(e -> events.add(e.get("kind").asText() + " " + e.get("description").asText()));
        return events;
    }

    /** The case's standing breaches of its re-assessments' clocks and advice. */
    private List<String> breaches(String ref) {
        return jdbc.queryForList("select b.deadline from breach b join assessment_case c on c.id = b.case_id"
                + " left join advice_request a on a.id = b.advice_request_id"
                + " where c.case_ref = ? and b.voided_at is null"
                + " and (b.reassessment_id is not null or a.reassessment_id is not null)", String.class, ref);
    }

    private long count(String ref) {
        return jdbc.queryForObject("select count(*) from reassessment r join assessment_case c on c.id = r.case_id"
                + " where c.case_ref = ?", Long.class, ref);
    }

    private void acknowledgeEscalations(String ref) throws Exception {
        for (JsonNode escalation : ok(http.withBasicAuth("manager", "demo").getForEntity(
                "/api/cases/" + ref + "/escalations", String.class))) {
            if (escalation.get("acknowledgedAt").isNull()) {
                ok(http.withBasicAuth("manager", "demo").postForEntity("/api/cases/" + ref + "/escalations/"
                        + escalation.get("id").asLong() + "/acknowledgement", jsonBody("{\"note\":\"Seen\"}"),
                        String.class));
            }
        }
    }

    /** Fires every timer of the case's re-assessment processes that is due at the engine's time now, until none is. */
    private void runDueTimers(String ref) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = new ArrayList<>();
            runtime.createProcessInstanceQuery().processDefinitionKey(ReassessmentSteps.PROCESS_KEY)
                    .processInstanceBusinessKey(ref).list().forEach(i -> due.addAll(management.createJobQuery()
                            .processInstanceId(i.getId()).executable().list()));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }

    private JsonNode created(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(response.getBody());
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json.readTree(response.getBody());
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
