package org.sendclock.review;

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
 * A plan's review cycle run through the API with the engine's clock moved: due, meeting, notices, report, decision
 * and amended plan; its tasks, clocks, warnings, breaches and escalations; the next cycle opened at the decision; the
 * cease path; bad input refused by name with nothing written; a cycle brought in started at its step. Together these
 * tests pass every flow node of bpmn/ehc-annual-review.bpmn (checked after the last).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewCycleIT {

    /** A Monday in spring 2026. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    /** Year 6 in 2025/26: the move to secondary school is this school year's phase transfer. */
    static final String YEAR_SIX = "2014-10-01";
    /** Year 3 in 2025/26: no phase transfer this school year. */
    static final String YEAR_THREE = "2017-05-01";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired RepositoryService repository;
    @Autowired JdbcTemplate jdbc;
    @Autowired MyWork myWork;
    @Autowired ReviewCatchUp catchUp;

    private final String prefix = "RV" + UUID.randomUUID().toString().substring(0, 6) + "-";
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
    void aReviewRunsFromDueToDecisionToAmendedPlanAndOpensTheNextCycle() throws Exception {
        String ref = planStarted(YEAR_SIX, LocalDate.of(2025, 4, 1));
        JsonNode cycle = cycle(reviews(ref), 1);
        assertThat(cycle.get("dueDate").asText()).isEqualTo("2026-04-01");
        assertThat(cycle.get("standing").asText()).isEqualTo("AT_RISK");
        assertThat(tasks(cycle)).containsExactly("ArrangeMeeting");
        assertThat(cycle.get("openTasks").get(0).get("dueDate").asText()).as("two weeks' notice before the due date")
                .isEqualTo("2026-03-18");
        assertThat(myWork.of("caseworker")).extracting(WorkItem::caseRef, WorkItem::taskKey, WorkItem::clock)
                .contains(org.assertj.core.groups.Tuple.tuple(ref, "ArrangeMeeting", WorkItem.Clock.REVIEW));

        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("AT_RISK Annual review at risk: due 1 April 2026"));

        cycle = cycle(ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-03-20\",\"arrangedBy\":\"Oakfield Primary\"}")), 1);
        assertThat(tasks(cycle)).containsExactlyInAnyOrder("SendInvitations", "CirculateAdvice");
        assertThat(clock(cycle, "REVIEW_INVITATIONS").get("dueDate").asText()).isEqualTo("2026-03-06");
        assertThat(cycle.get("meetingArrangedBy").asText()).isEqualTo("Oakfield Primary");

        ok(post(ref, 1, "invitations", "{\"sentDate\":\"2026-03-02\"}"));
        EngineTime.setTo(LocalDate.of(2026, 3, 7), LocalTime.of(0, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactly("REVIEW_ADVICE of review 1");
        assertThat(escalationTasks(ref)).isEqualTo(1);
        cycle = cycle(ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-03-07\"}")), 1);
        assertThat(clock(cycle, "REVIEW_ADVICE").get("standing").asText()).isEqualTo("LATE");
        assertThat(clock(cycle, "REVIEW_INVITATIONS").get("standing").asText()).isEqualTo("MET");
        assertThat(tasks(cycle)).containsExactly("HoldMeeting");

        EngineTime.setTo(LocalDate.of(2026, 3, 20), LocalTime.of(15, 0));
        cycle = cycle(ok(post(ref, 1, "meeting-held", "{\"heldDate\":\"2026-03-20\"}")), 1);
        assertThat(tasks(cycle)).containsExactly("ReceiveReport");
        assertThat(clock(cycle, "REVIEW_REPORT").get("dueDate").asText()).isEqualTo("2026-04-03");
        assertThat(clock(cycle, "REVIEW_DECISION").get("dueDate").asText()).isEqualTo("2026-04-17");
        EngineTime.setTo(LocalDate.of(2026, 3, 27), LocalTime.of(10, 0));
        cycle = cycle(ok(post(ref, 1, "report", "{\"receivedDate\":\"2026-03-27\"}")), 1);
        assertThat(tasks(cycle)).containsExactly("DecideAndNotify");

        EngineTime.setTo(LocalDate.of(2026, 4, 2), LocalTime.of(0, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactlyInAnyOrder("REVIEW_ADVICE of review 1", "ANNUAL_REVIEW of review 1");

        EngineTime.setTo(LocalDate.of(2026, 4, 10), LocalTime.of(11, 0));
        JsonNode all = ok(post(ref, 1, "decision", "{\"decision\":\"AMEND\",\"decisionDate\":\"2026-04-10\","
                + "\"phaseTransfer\":true}"));
        cycle = cycle(all, 1);
        assertThat(cycle.get("decision").asText()).isEqualTo("AMEND");
        assertThat(cycle.get("phaseTransfer").asBoolean()).isTrue();
        assertThat(cycle.get("standing").asText()).as("decided after its due date").isEqualTo("LATE");
        assertThat(clock(cycle, "REVIEW_DECISION").get("standing").asText()).isEqualTo("MET");
        assertThat(clock(cycle, "AMENDED_PLAN").get("dueDate").asText()).isEqualTo("2026-06-05");
        assertThat(tasks(cycle)).containsExactly("IssueAmendedPlan");
        JsonNode next = cycle(all, 2);
        assertThat(next.get("startDate").asText()).as("the next cycle starts at the decision").isEqualTo("2026-04-10");
        assertThat(next.get("dueDate").asText()).isEqualTo("2027-04-10");
        assertThat(tasks(next)).containsExactly("ArrangeMeeting");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).as("the amendment and the next cycle run side by side")
                .isEqualTo(2);

        EngineTime.setTo(LocalDate.of(2026, 5, 22), LocalTime.of(7, 0));
        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("AT_RISK Amended plan at risk: due 5 June 2026"));
        all = ok(post(ref, 1, "amended-plan", "{\"issuedDate\":\"2026-05-22\"}"));
        assertThat(clock(cycle(all, 1), "AMENDED_PLAN").get("standing").asText()).isEqualTo("MET");
        assertThat(tasks(cycle(all, 1))).isEmpty();
        assertThat(runtime.createExecutionQuery().processInstanceBusinessKey(ref).activityId("IssueAmendedPlan")
                .count()).isZero();
        assertThat(escalationTasks(ref)).as("cycle 1 waits only for the managers' two acknowledgements").isEqualTo(2);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("REVIEW_DECIDED Review 1: decided to amend the plan,"
                + " notified 10 April 2026 (the review was due 1 April 2026)"))
                .anyMatch(e -> e.startsWith("AMENDED_PLAN_ISSUED Review 1: amended plan issued 22 May 2026"));
    }

    @Test
    void everyClockOfACycleLeftLateWarnsBreachesAndEscalates() throws Exception {
        String ref = planStarted(YEAR_THREE, LocalDate.of(2025, 3, 20));
        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-03-10\"}"));
        EngineTime.setTo(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        runDueTimers(ref);
        ok(post(ref, 1, "invitations", "{\"sentDate\":\"2026-03-10\"}"));
        ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-03-10\"}"));
        ok(post(ref, 1, "meeting-held", "{\"heldDate\":\"2026-03-10\"}"));
        EngineTime.setTo(LocalDate.of(2026, 4, 20), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactlyInAnyOrder("REVIEW_INVITATIONS of review 1",
                "REVIEW_ADVICE of review 1", "ANNUAL_REVIEW of review 1", "REVIEW_REPORT of review 1",
                "REVIEW_DECISION of review 1");
        ok(post(ref, 1, "report", "{\"receivedDate\":\"2026-04-20\"}"));
        ok(post(ref, 1, "decision", "{\"decision\":\"AMEND\",\"decisionDate\":\"2026-04-20\","
                + "\"amendmentsProposedDate\":\"2026-04-17\"}"));
        EngineTime.setTo(LocalDate.of(2026, 6, 20), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).contains("AMENDED_PLAN of review 1");
        assertThat(escalationTasks(ref)).isEqualTo(6);
        for (JsonNode escalation : ok(http.withBasicAuth("manager", "demo").getForEntity(
                "/api/cases/" + ref + "/escalations", String.class))) {
            if (escalation.get("acknowledgedAt").isNull()) {
                ok(http.withBasicAuth("manager", "demo").postForEntity("/api/cases/" + ref + "/escalations/"
                        + escalation.get("id").asLong() + "/acknowledgement", jsonBody("{\"note\":\"Chased\"}"),
                        String.class));
            }
        }
        assertThat(escalationTasks(ref)).isZero();
        ok(post(ref, 1, "amended-plan", "{\"issuedDate\":\"2026-06-20\"}"));
        ok(post(ref, 2, "meeting", "{\"meetingDate\":\"2026-07-01\"}"));
        ok(post(ref, 2, "meeting", "{\"meetingDate\":\"2026-07-08\"}"));
        JsonNode second = cycle(reviews(ref), 2);
        assertThat(clock(second, "REVIEW_INVITATIONS").get("dueDate").asText()).as("rearranged")
                .isEqualTo("2026-06-24");
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("REVIEW_MEETING_REARRANGED Review 2: meeting moved from"
                + " 1 July 2026 to 8 July 2026"));
    }

    @Test
    void aDecisionToMaintainEndsTheCycleAndOpensTheNext() throws Exception {
        String ref = atDecision(YEAR_THREE);
        JsonNode all = ok(post(ref, 1, "decision", "{\"decision\":\"MAINTAIN\",\"decisionDate\":\"2026-03-02\"}"));
        assertThat(tasks(cycle(all, 1))).isEmpty();
        assertThat(cycle(all, 1).get("standing").asText()).isEqualTo("MET");
        assertThat(cycle(all, 2).get("dueDate").asText()).isEqualTo("2027-03-02");
        assertThat(tasks(cycle(all, 2))).containsExactly("ArrangeMeeting");
    }

    @Test
    void aDecisionToCeaseIsConsultedOnThenThePlanCeasesWithNoNextCycle() throws Exception {
        String ref = atDecision(YEAR_THREE);
        JsonNode all = ok(post(ref, 1, "decision", "{\"decision\":\"CEASE\",\"decisionDate\":\"2026-03-02\"}"));
        assertThat(all.get("cycles")).hasSize(1);
        assertThat(tasks(cycle(all, 1))).containsExactly("ConsultOnCeasing");
        assertThat(cycle(all, 1).get("openTasks").get(0).get("dueDate").asText())
                .as("no statutory period: four weeks from the decision to work to").isEqualTo("2026-03-30");
        assertThat(tasks(cycle(ok(post(ref, 1, "cease-consultation", "{\"consultedDate\":\"2026-03-02\"}")), 1)))
                .containsExactly("CeasePlan");
        EngineTime.setTo(LocalDate.of(2026, 3, 3), LocalTime.of(9, 0));
        ResponseEntity<String> tooSoon = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref
                + "/plan/cessation", jsonBody("{\"ceasedDate\":\"2026-03-01\",\"reason\":3}"), String.class);
        assertThat(errors(tooSoon)).as("the decision to cease comes after the consultation")
                .containsOnlyKeys("ceasedDate");
        assertThat(errors(tooSoon).get("ceasedDate")).contains("the consultation on ceasing it ended");
        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/plan/cessation",
                jsonBody("{\"ceasedDate\":\"2026-03-02\",\"reason\":3}"), String.class));
        all = reviews(ref);
        assertThat(tasks(cycle(all, 1))).isEmpty();
        assertThat(all.get("planCeasedDate").asText()).isEqualTo("2026-03-02");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).isZero();
    }

    @Test
    void theAmendedPlanWaitsForTheFamilysRepresentationsOrTheirFifteenDays() throws Exception {
        String early = atDecision(YEAR_THREE);
        ok(post(early, 1, "decision", "{\"decision\":\"AMEND\",\"decisionDate\":\"2026-03-02\"}"));
        assertThat(clock(cycle(reviews(early), 1), "AMENDMENT_REPRESENTATIONS").get("dueDate").asText())
                .isEqualTo("2026-03-16");
        EngineTime.setTo(LocalDate.of(2026, 3, 10), LocalTime.of(9, 0));
        Map<String, String> refused = errors(post(early, 1, "amended-plan", "{\"issuedDate\":\"2026-03-10\"}"));
        assertThat(refused).containsOnlyKeys("issuedDate");
        assertThat(refused.get("issuedDate")).contains("which end 16 March 2026");
        assertThat(cycle(reviews(early), 1).get("amendedPlanDate").isNull()).as("nothing written").isTrue();
        assertThat(errors(post(early, 1, "representations", "{\"receivedDate\":\"2026-03-01\"}")))
                .containsOnlyKeys("receivedDate");
        JsonNode cycle = cycle(ok(post(early, 1, "representations", "{\"receivedDate\":\"2026-03-09\"}")), 1);
        assertThat(cycle.get("representationsDate").asText()).isEqualTo("2026-03-09");
        assertThat(clock(cycle, "AMENDMENT_REPRESENTATIONS").get("doneDate").asText()).isEqualTo("2026-03-09");
        assertThat(errors(post(early, 1, "amended-plan", "{\"issuedDate\":\"2026-03-08\"}")))
                .containsOnlyKeys("issuedDate");
        cycle = cycle(ok(post(early, 1, "amended-plan", "{\"issuedDate\":\"2026-03-10\"}")), 1);
        assertThat(clock(cycle, "AMENDED_PLAN").get("standing").asText()).isEqualTo("MET");
        assertThat(timeline(early)).anyMatch(e -> e.startsWith("REPRESENTATIONS_RECEIVED Review 1: the family's"
                + " representations on the proposed amendments received 9 March 2026"));

        EngineTime.setTo(LocalDate.of(2026, 3, 2), LocalTime.of(9, 0));
        String none = atDecision(YEAR_THREE);
        ok(post(none, 1, "decision", "{\"decision\":\"AMEND\",\"decisionDate\":\"2026-03-02\"}"));
        EngineTime.setTo(LocalDate.of(2026, 3, 17), LocalTime.of(9, 0));
        assertThat(errors(post(none, 1, "amended-plan", "{\"issuedDate\":\"2026-03-16\"}")))
                .as("the 15th day is still the family's").containsOnlyKeys("issuedDate");
        ok(post(none, 1, "amended-plan", "{\"issuedDate\":\"2026-03-17\"}"));
    }

    @Test
    void aPost16MoveIsAClockFiveMonthsBeforeItOnThePhaseTransferList() throws Exception {
        String ref = planStarted("2008-11-20", LocalDate.of(2025, 6, 1));
        ResponseEntity<String> tooYoung = http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref
                + "/plan/post16-move", jsonBody("{\"moveDate\":\"2025-07-01\"}"), String.class);
        assertThat(errors(tooYoung)).as("Year 11 in July 2025: not a move between post-16 institutions")
                .containsOnlyKeys("moveDate");
        JsonNode plan = ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref
                + "/plan/post16-move", jsonBody("{\"moveDate\":\"2026-09-01\"}"), String.class));
        assertThat(plan.get("post16MoveDate").asText()).isEqualTo("2026-09-01");
        JsonNode list = ok(http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/phase-transfers?year=2026&kind=POST16_MOVE&size=500", String.class));
        JsonNode row = null;
        for (JsonNode t : list.get("transfers")) {
            if (t.get("caseRef").asText().equals(ref)) {
                row = t;
            }
        }
        assertThat(row).as("listed as its own kind").isNotNull();
        assertThat(row.get("deadline").asText()).isEqualTo("2026-04-01");
        assertThat(row.get("kindLabel").asText()).isEqualTo("Between post-16 institutions");
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("POST16_MOVE_PLANNED Move to another post-16 institution"
                + " planned for 1 September 2026; the amended plan naming it is due by 1 April 2026"));
    }

    @Test
    void aPlanCeasedMidCycleEndsItsProcessAndItsClocks() throws Exception {
        String ref = planStarted(YEAR_THREE, LocalDate.of(2025, 6, 1));
        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-04-20\"}"));
        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/plan/cessation",
                jsonBody("{\"ceasedDate\":\"2026-03-01\",\"reason\":2}"), String.class));
        JsonNode cycle = cycle(reviews(ref), 1);
        assertThat(tasks(cycle)).isEmpty();
        assertThat(cycle.get("standing").asText()).isEqualTo("NOT_NEEDED");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).count()).isZero();
        assertThat(post(ref, 1, "invitations", "{\"sentDate\":\"2026-03-02\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsWritten() throws Exception {
        String ref = planStarted(YEAR_THREE, LocalDate.of(2025, 4, 1));
        ResponseEntity<String> refused = post(ref, 1, "meeting", "{\"meetingDate\":\"2025-03-01\",\"arrangedBy\":\""
                + "x".repeat(201) + "\"}");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(refused)).containsEntry("meetingDate", "must not be before the review cycle began, 1 April 2025")
                .containsEntry("arrangedBy", "must be at most 200 characters");
        assertThat(post(ref, 1, "meeting", "{}").getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(post(ref, 1, "report", "{\"receivedDate\":\"2026-03-02\"}").getStatusCode())
                .as("a step the cycle is not at").isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(ref, 9, "report", "{\"receivedDate\":\"2026-03-02\"}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        JsonNode cycle = cycle(reviews(ref), 1);
        assertThat(cycle.get("meetingDate").isNull()).as("nothing written").isTrue();
        assertThat(tasks(cycle)).containsExactly("ArrangeMeeting");

        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-03-02\"}"));
        assertThat(errors(post(ref, 1, "invitations", "{\"sentDate\":\"2026-03-03\"}")))
                .containsEntry("sentDate", "must not be in the future");
        ok(post(ref, 1, "invitations", "{\"sentDate\":\"2026-02-10\"}"));
        ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-02-10\"}"));
        ok(post(ref, 1, "meeting-held", "{\"heldDate\":\"2026-02-20\"}"));
        assertThat(errors(post(ref, 1, "report", "{\"receivedDate\":\"2026-02-19\"}")))
                .containsEntry("receivedDate", "must not be before the meeting, 20 February 2026");
        ok(post(ref, 1, "report", "{\"receivedDate\":\"2026-02-25\"}"));

        ResponseEntity<String> badDecision = post(ref, 1, "decision", "{\"decision\":\"MAINTAIN\","
                + "\"decisionDate\":\"2026-02-19\",\"amendmentsProposedDate\":\"2026-02-21\",\"phaseTransfer\":true}");
        assertThat(badDecision.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = errors(badDecision);
        assertThat(errors).containsEntry("decisionDate", "must not be before the meeting, 20 February 2026")
                .containsEntry("amendmentsProposedDate", "only a decision to amend proposes amendments");
        assertThat(errors.get("phaseTransfer")).startsWith("the meeting on 20 February 2026 is not in a phase-transfer"
                + " year for this child; the child's next phase transfer is due by 15 February 2028");
        cycle = cycle(reviews(ref), 1);
        assertThat(cycle.get("decision").isNull()).as("nothing written").isTrue();
        assertThat(tasks(cycle)).containsExactly("DecideAndNotify");
        assertThat(reviews(ref).get("cycles")).hasSize(1);

        ok(post(ref, 1, "decision", "{\"decision\":\"AMEND\",\"decisionDate\":\"2026-02-27\","
                + "\"amendmentsProposedDate\":\"2026-02-26\"}"));
        assertThat(errors(post(ref, 1, "amended-plan", "{\"issuedDate\":\"2026-02-25\"}")))
                .containsEntry("issuedDate", "must not be before the proposed amendments, 26 February 2026");
        assertThat(cycle(reviews(ref), 1).get("amendedPlanDate").isNull()).isTrue();
    }

    @Test
    void aCycleBroughtInHalfPreparedStartsAtItsStepAndTheMeetingWaitsForTheRest() throws Exception {
        String ref = prefix + UUID.randomUUID().toString().substring(0, 4);
        cases.add(ref);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>("case_ref,child_given_name,child_family_name,child_date_of_birth,plan_start_date\n"
                        + ref + ",Brought,In," + YEAR_THREE + ",2025-05-01\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode cycle = cycle(reviews(ref), 1);
        assertThat(tasks(cycle)).as("started after the import").containsExactly("ArrangeMeeting");
        assertThat(jdbc.queryForObject("select awaiting_process from plan_review where id = ?", Boolean.class,
                cycle.get("reviewId").asLong())).isFalse();

        // As a reviews import leaves a cycle: the meeting arranged and its invitations sent, the advice not yet.
        jdbc.update("update plan_review set meeting_date = ?, invitations_sent_date = ?, awaiting_process = true"
                + " where id = ?", LocalDate.of(2026, 3, 25), LocalDate.of(2026, 3, 1), cycle.get("reviewId").asLong());
        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-03-25\"}")); // the clocks follow the facts
        assertThat(catchUp.run()).isPositive();
        cycle = cycle(reviews(ref), 1);
        assertThat(tasks(cycle)).containsExactly("CirculateAdvice");
        cycle = cycle(ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-03-02\"}")), 1);
        assertThat(tasks(cycle)).containsExactly("HoldMeeting");
    }

    /** The tests of this class between them pass every flow node of the review model. */
    @Test
    void adviceForTheReviewHasTheAssessmentsSixWeekClockKeyedByTheReviewAndBreachesAndEscalates() throws Exception {
        String ref = planStarted(YEAR_THREE, LocalDate.of(2025, 5, 1));
        String ep = "{\"adviceType\":\"EDUCATIONAL_PSYCHOLOGY\",\"provider\":\"Northshire EPS\","
                + "\"requestedDate\":\"2026-03-02\"}";
        assertThat(post(ref, 1, "advice-requests", ep).getStatusCode()).as("not before the meeting is arranged")
                .isEqualTo(HttpStatus.CONFLICT);
        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-04-24\"}"));
        assertThat(errors(post(ref, 1, "advice-requests", "{\"adviceType\":\"HEALTH\","
                + "\"requestedDate\":\"2026-03-03\"}"))).containsOnlyKeys("requestedDate");
        JsonNode cycle = cycle(ok(post(ref, 1, "advice-requests", ep)), 1);
        long epId = cycle.get("advice").get(0).get("id").asLong();
        assertThat(cycle.get("advice").get(0).get("dueDate").asText()).as("six weeks, as the assessment's")
                .isEqualTo("2026-04-13");
        assertThat(clock(cycle, "ADVICE").get("dueDate").asText()).isEqualTo("2026-04-13");
        assertThat(clock(cycle, "ADVICE").get("name").asText()).contains("Northshire EPS");
        assertThat(jdbc.queryForObject("select count(*) from statutory_clock k join advice_request a"
                + " on a.id = k.advice_request_id where a.id = ? and k.review_id = a.review_id and k.clock = 'ADVICE'",
                Long.class, epId)).as("one clock, keyed by the request and its review").isEqualTo(1);
        long healthId = cycle(ok(post(ref, 1, "advice-requests", "{\"adviceType\":\"HEALTH\","
                + "\"requestedDate\":\"2026-03-02\"}")), 1).get("advice").get(1).get("id").asLong();
        assertThat(tasks(cycle(reviews(ref), 1))).as("the advice clocks are not steps of the cycle")
                .containsExactlyInAnyOrder("SendInvitations", "CirculateAdvice");

        String assessmentAdvice = http.withBasicAuth("manager", "demo").getForObject(
                "/api/kpis/advice?from=2026-03&to=2026-04", String.class);
        EngineTime.setTo(LocalDate.of(2026, 3, 10), LocalTime.of(10, 0));
        cycle = cycle(ok(post(ref, 1, "advice-requests/" + healthId + "/receipt",
                "{\"receivedDate\":\"2026-03-10\"}")), 1);
        assertThat(cycle.get("advice").get(1).get("standing").asText()).isEqualTo("MET");
        assertThat(http.withBasicAuth("manager", "demo").getForObject("/api/kpis/advice?from=2026-03&to=2026-04",
                String.class)).as("the assessment's advice measure leaves the review's out").isEqualTo(assessmentAdvice);
        assertThat(post(ref, 1, "advice-requests/" + healthId + "/receipt", "{\"receivedDate\":\"2026-03-10\"}")
                .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref
                + "/advice-requests/" + epId + "/receipt", jsonBody("{\"receivedDate\":\"2026-03-10\"}"),
                String.class).getStatusCode()).as("not an assessment's advice request").isEqualTo(HttpStatus.NOT_FOUND);

        ok(post(ref, 1, "invitations", "{\"sentDate\":\"2026-03-10\"}"));
        ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-03-10\"}"));
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("REVIEW_ADVICE_CIRCULATED Review 1: advice circulated"
                + " 10 March 2026; still awaited: educational psychology advice (Northshire EPS) due 13 April 2026"));
        assertThat(post(ref, 1, "advice-requests", ep).getStatusCode()).as("the advice has gone out")
                .isEqualTo(HttpStatus.CONFLICT);

        EngineTime.setTo(LocalDate.of(2026, 4, 7), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("ADVICE_REMINDER Reminder: educational psychology advice"
                + " (Northshire EPS) is due on 13 April 2026"));
        EngineTime.setTo(LocalDate.of(2026, 4, 14), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(breaches(ref)).containsExactly("ADVICE of review 1");
        assertThat(escalationTasks(ref)).isEqualTo(1);
        EngineTime.setTo(LocalDate.of(2026, 4, 28), LocalTime.of(9, 0));
        runDueTimers(ref);
        assertThat(jdbc.queryForObject("select count(*) from escalation where advice_request_id = ? and kind = ?",
                Long.class, epId, "ADVICE_OVERDUE")).isEqualTo(1);
        assertThat(escalationTasks(ref)).isEqualTo(2);
        assertThat(clock(cycle(reviews(ref), 1), "ADVICE").get("standing").asText()).isEqualTo("OVERDUE");

        ok(post(ref, 1, "meeting-held", "{\"heldDate\":\"2026-04-24\"}"));
        ok(post(ref, 1, "report", "{\"receivedDate\":\"2026-04-28\"}"));
        cycle = cycle(ok(post(ref, 1, "decision", "{\"decision\":\"MAINTAIN\",\"decisionDate\":\"2026-04-28\"}")), 1);
        assertThat(cycle.get("advice").get(0).get("status").asText()).as("no longer asked for").isEqualTo("WITHDRAWN");
        assertThat(tasks(cycle)).isEmpty();
        assertThat(breaches(ref)).as("the breach stands").containsExactly("ADVICE of review 1");
        assertThat(timeline(ref)).anyMatch(e -> e.startsWith("REVIEW_ADVICE_REQUESTED Review 1: requested"
                + " educational psychology advice (Northshire EPS) on 2 March 2026; due 13 April 2026"));
    }

    @AfterAll
    void everyFlowNodeOfTheModelWasPassed() {
        Set<String> passed = new HashSet<>();
        for (String ref : cases) {
            for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                    .processDefinitionKey(ReviewSteps.PROCESS_KEY).processInstanceBusinessKey(ref).list()) {
                history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list().stream()
                        .map(HistoricActivityInstance::getActivityId).forEach(passed::add);
            }
        }
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .latestVersion().singleResult().getId();
        List<String> missed = new ArrayList<>();
        for (FlowNode node : repository.getBpmnModelInstance(definitionId).getModelElementsByType(FlowNode.class)) {
            if (!passed.contains(node.getId())) {
                missed.add(node.getId());
            }
        }
        assertThat(missed).as("flow nodes of the review model no test passed").isEmpty();
    }

    // --- the cases

    /** A case whose plan (recorded here) started on {@code start}: its first cycle's process starts with it. */
    private String planStarted(String dateOfBirth, LocalDate start) throws Exception {
        String ref = prefix + UUID.randomUUID().toString().substring(0, 4);
        cases.add(ref);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/requests",
                new HttpEntity<>("case_ref,request_date,request_source,decision_date,decision,draft_plan_date,"
                        + "final_plan_date,child_given_name,child_family_name,child_date_of_birth\n"
                        + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Review,Child,"
                        + dateOfBirth + "\n", headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        ok(http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/plan",
                jsonBody("{\"startDate\":\"" + start + "\",\"settingUrn\":\"100001\"}"), String.class));
        return ref;
    }

    /** A cycle whose meeting was held and report received, the decision to take. */
    private String atDecision(String dateOfBirth) throws Exception {
        String ref = planStarted(dateOfBirth, LocalDate.of(2025, 4, 1));
        ok(post(ref, 1, "meeting", "{\"meetingDate\":\"2026-02-20\"}"));
        ok(post(ref, 1, "invitations", "{\"sentDate\":\"2026-02-02\"}"));
        ok(post(ref, 1, "advice-circulated", "{\"circulatedDate\":\"2026-02-02\"}"));
        ok(post(ref, 1, "meeting-held", "{\"heldDate\":\"2026-02-20\"}"));
        ok(post(ref, 1, "report", "{\"receivedDate\":\"2026-02-27\"}"));
        return ref;
    }

    // --- the API and the engine, seen from the test

    private ResponseEntity<String> post(String ref, int cycle, String step, String body) {
        return http.withBasicAuth("caseworker", "demo").postForEntity("/api/cases/" + ref + "/reviews/" + cycle + "/"
                + step, jsonBody(body), String.class);
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private JsonNode reviews(String ref) throws Exception {
        return ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/reviews",
                String.class));
    }

    private static JsonNode cycle(JsonNode reviews, int number) {
        for (JsonNode cycle : reviews.get("cycles")) {
            if (cycle.get("cycle").asInt() == number) {
                return cycle;
            }
        }
        throw new AssertionError("no review " + number + " in " + reviews);
    }

    private static List<String> tasks(JsonNode cycle) {
        List<String> keys = new ArrayList<>();
        cycle.get("openTasks").forEach(t -> keys.add(t.get("key").asText()));
        return keys;
    }

    private static JsonNode clock(JsonNode cycle, String which) {
        for (JsonNode clock : cycle.get("clocks")) {
            if (clock.get("clock").asText().equals(which)) {
                return clock;
            }
        }
        throw new AssertionError("no " + which + " clock in " + cycle);
    }

    private List<String> timeline(String ref) throws Exception {
        List<String> events = new ArrayList<>();
        ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class)).get("timeline")
                .forEach(e -> events.add(e.get("kind").asText() + " " + e.get("description").asText()));
        return events;
    }

    /** The case's standing breaches, each as "CLOCK of review n". */
    private List<String> breaches(String ref) {
        return jdbc.queryForList("select b.deadline || ' of review ' || r.cycle from breach b"
                + " join assessment_case c on c.id = b.case_id join plan_review r on r.id = b.review_id"
                + " where c.case_ref = ? and b.voided_at is null", String.class, ref);
    }

    private long escalationTasks(String ref) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                .processInstanceBusinessKey(ref).list().stream().mapToLong(i -> runtime.createExecutionQuery()
                        .processInstanceId(i.getId()).activityId("AcknowledgeEscalation").count()).sum();
    }

    /** Fires every timer of the case's review processes that is due at the engine's time now, until none is. */
    private void runDueTimers(String ref) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = new ArrayList<>();
            runtime.createProcessInstanceQuery().processDefinitionKey(ReviewSteps.PROCESS_KEY)
                    .processInstanceBusinessKey(ref).list().forEach(i -> due.addAll(management.createJobQuery()
                            .processInstanceId(i.getId()).executable().list()));
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
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
