package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The breach and risk register and its breakdowns through the API, on a caseload of one team of its own (the
 * integration tests share one database), with "today" set on the engine clock.
 */
@IntegrationTest
class OversightApiIT {

    /** A Monday. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired AssessmentService assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired AdviceService advice;

    String team;
    String a;
    String b;
    String c;

    @BeforeEach
    void caseload() {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
        team = "Team " + UUID.randomUUID().toString().substring(0, 8);
        // Decision due 16 February: 14 days late.
        a = register(LocalDate.of(2026, 1, 5), "alice");
        // Decision due today: at risk, 0 days left.
        b = register(LocalDate.of(2026, 1, 19), "bob");
        // Decided on time; no-plan notice due 26 January (35 late), final plan due 23 February (7 late),
        // health advice due 22 December (70 late).
        c = register(LocalDate.of(2025, 10, 6), "alice");
        assessments.decideWhetherToAssess(c, new DecideWhetherToAssess(Decision.ASSESS, LocalDate.of(2025, 11, 10),
                null, null, null));
        advice.request(c, new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", LocalDate.of(2025, 11, 10)));
        // Requested a week ago: nothing due soon.
        register(LocalDate.of(2026, 2, 23), "bob");
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void theRegisterListsOverdueAndAtRiskClocksWorstFirst() throws Exception {
        JsonNode body = get("manager", "/api/oversight/breaches?team=" + team);

        assertThat(body.get("on").asText()).isEqualTo("2026-03-02");
        assertThat(body.get("overdue").asInt()).isEqualTo(4);
        assertThat(body.get("atRisk").asInt()).isEqualTo(1);
        assertThat(rows(body)).containsExactly(
                c + " ADVICE Health advice (Northshire ICB) 2025-12-22 OVERDUE late 70 alice",
                c + " NO_PLAN_NOTICE Week 16 no-plan notice 2026-01-26 OVERDUE late 35 alice",
                a + " DECISION Week 6 decision 2026-02-16 OVERDUE late 14 alice",
                c + " FINAL_PLAN Week 20 final plan 2026-02-23 OVERDUE late 7 alice",
                b + " DECISION Week 6 decision 2026-03-02 AT_RISK left 0 bob");
        JsonNode first = body.get("clocks").get(0);
        assertThat(first.get("childName").asText()).isEqualTo("Amara Okafor");
        assertThat(first.get("adviceType").asText()).isEqualTo("HEALTH");
        assertThat(first.get("provider").asText()).isEqualTo("Northshire ICB");
        assertThat(first.get("exceptionRecorded").asBoolean()).isFalse();
    }

    @Test
    void theRegisterFiltersByCaseworkerClockAndAdviceProvider() throws Exception {
        assertThat(rows(get("manager", "/api/oversight/breaches?team=" + team + "&caseworker=bob")))
                .containsExactly(b + " DECISION Week 6 decision 2026-03-02 AT_RISK left 0 bob");
        assertThat(rows(get("manager", "/api/oversight/breaches?team=" + team + "&clock=FINAL_PLAN")))
                .containsExactly(c + " FINAL_PLAN Week 20 final plan 2026-02-23 OVERDUE late 7 alice");
        assertThat(rows(get("manager", "/api/oversight/breaches?team=" + team
                + "&adviceType=HEALTH&provider=northshire"))).hasSize(1);
        assertThat(rows(get("manager", "/api/oversight/breaches?team=" + team + "&adviceType=SOCIAL_CARE")))
                .isEmpty();
    }

    @Test
    void theRegisterIsPagedWithTheTotalsOfEveryRow() throws Exception {
        JsonNode second = get("manager", "/api/oversight/breaches?team=" + team + "&size=2&page=2");

        assertThat(second.get("total").asInt()).isEqualTo(5);
        assertThat(second.get("overdue").asInt()).as("counted over every page").isEqualTo(4);
        assertThat(second.get("atRisk").asInt()).isEqualTo(1);
        assertThat(second.get("page").asInt()).isEqualTo(2);
        assertThat(second.get("size").asInt()).isEqualTo(2);
        assertThat(second.get("pages").asInt()).isEqualTo(3);
        assertThat(second.get("sort").asText()).isEqualTo("due");
        assertThat(rows(second)).containsExactly(
                a + " DECISION Week 6 decision 2026-02-16 OVERDUE late 14 alice",
                c + " FINAL_PLAN Week 20 final plan 2026-02-23 OVERDUE late 7 alice");
        assertThat(rows(get("manager", "/api/oversight/breaches?team=" + team + "&size=2&page=3")))
                .containsExactly(b + " DECISION Week 6 decision 2026-03-02 AT_RISK left 0 bob");
        JsonNode beyond = get("manager", "/api/oversight/breaches?team=" + team + "&size=2&page=9");
        assertThat(beyond.get("clocks")).isEmpty();
        assertThat(beyond.get("total").asInt()).isEqualTo(5);
        assertThat(get("manager", "/api/oversight/breaches?team=" + team).get("size").asInt())
                .as("fifty unless asked").isEqualTo(50);
    }

    @Test
    void theRegisterSortsByDaysLateCaseworkerOrCaseEitherWay() throws Exception {
        String base = "/api/oversight/breaches?team=" + team;
        assertThat(rows(get("manager", base + "&sort=daysLate")).get(0)).as("most days late first")
                .startsWith(c + " ADVICE");
        assertThat(rows(get("manager", base + "&sort=daysLate&direction=asc")).get(0)).startsWith(b + " DECISION");
        assertThat(rows(get("manager", base + "&sort=due&direction=desc")).get(0)).startsWith(b + " DECISION");
        assertThat(rows(get("manager", base + "&sort=caseworker&direction=desc")).get(0)).endsWith(" bob");
        assertThat(rows(get("manager", base + "&sort=caseworker")))
                .as("alice's first, each caseworker's oldest due first").containsExactly(
                c + " ADVICE Health advice (Northshire ICB) 2025-12-22 OVERDUE late 70 alice",
                c + " NO_PLAN_NOTICE Week 16 no-plan notice 2026-01-26 OVERDUE late 35 alice",
                a + " DECISION Week 6 decision 2026-02-16 OVERDUE late 14 alice",
                c + " FINAL_PLAN Week 20 final plan 2026-02-23 OVERDUE late 7 alice",
                b + " DECISION Week 6 decision 2026-03-02 AT_RISK left 0 bob");
        List<String> byCase = rows(get("manager", base + "&sort=case"));
        assertThat(byCase).extracting(r -> r.substring(0, r.indexOf(' '))).isSorted();
        List<String> byCaseDescending = rows(get("manager", base + "&sort=case&direction=desc&size=1"));
        assertThat(byCaseDescending).singleElement().satisfies(r -> assertThat(r).startsWith(c + " "));
    }

    @Test
    void aBadPageSizeOrSortIsRefusedNamingEach() throws Exception {
        assertThat(fieldsAtFault("/api/oversight/breaches?page=0&size=501"))
                .containsExactlyInAnyOrder("page", "size");
        assertThat(fieldsAtFault("/api/oversight/breaches?page=two&size=0"))
                .containsExactlyInAnyOrder("page", "size");
        assertThat(fieldsAtFault("/api/oversight/breaches?sort=child&direction=up&clock=WEEK_7"))
                .containsExactlyInAnyOrder("sort", "direction", "clock");
        assertThat(get("manager", "/api/oversight/breaches?size=500").get("size").asInt()).isEqualTo(500);
    }

    private List<String> fieldsAtFault(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    @Test
    void anUnknownClockOrAdviceTypeIsRefusedNamingIt() throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo")
                .getForEntity("/api/oversight/breaches?clock=WEEK_7&adviceType=ASTROLOGY", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        List<String> fields = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("clock", "adviceType");
    }

    @Test
    void theSummaryCountsThisWeekAgainstLastWeek() throws Exception {
        JsonNode body = get("manager", "/api/oversight/summary?team=" + team);

        assertThat(body.get("lastWeek").asText()).isEqualTo("2026-02-23");
        assertThat(counts(body.get("total"))).isEqualTo("4/1 was 3/2");
        assertThat(groups(body.get("byTeam"))).containsExactly(team + " 4/1 was 3/2");
        assertThat(groups(body.get("byCaseworker"))).containsExactly("alice 4/0 was 3/1", "bob 0/1 was 0/1");
        assertThat(groups(body.get("byAdviceType"))).containsExactly("HEALTH 1/0 was 1/0");
        List<String> bands = new ArrayList<>();
        body.get("weeksSinceRequest").forEach(band -> bands.add(band.get("band").asText() + " "
                + band.get("cases").asInt() + " was " + band.get("casesLastWeek").asInt()));
        assertThat(bands).containsExactly("0-6 2 was 2", "6-12 1 was 1", "12-16 0 was 0", "16-20 0 was 1",
                "20-30 1 was 0", "30-52 0 was 0", "52+ 0 was 0");
    }

    @Test
    void onlyManagersOpenTheRegister() {
        for (String path : List.of("/api/oversight/breaches", "/api/oversight/summary")) {
            assertThat(http.withBasicAuth("caseworker", "demo").getForEntity(path, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.withBasicAuth("analyst", "demo").getForEntity(path, String.class).getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(http.getForEntity(path, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
    }

    private String register(LocalDate requestDate, String caseworker) {
        String ref = assessments.register(new RegisterRequest(requestDate, RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), null, team))
                .getCaseRef();
        // alice and bob have no accounts: their names are on the cases as an import from the previous system
        // leaves them (a page or the API gives cases only to someone who can sign in).
        jdbc.update("update assessment_case set caseworker = ? where case_ref = ?", caseworker, ref);
        return ref;
    }

    private JsonNode get(String user, String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(user, "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> rows(JsonNode body) {
        List<String> rows = new ArrayList<>();
        body.get("clocks").forEach(r -> rows.add(r.get("caseRef").asText() + " " + r.get("clock").asText() + " "
                + r.get("clockName").asText() + " " + r.get("dueDate").asText() + " " + r.get("status").asText()
                + (r.get("daysLate").isNull() ? " left " + r.get("daysLeft").asInt() : " late " + r.get("daysLate").asInt())
                + " " + r.get("caseworker").asText()));
        return rows;
    }

    private static String counts(JsonNode n) {
        return n.get("overdue").asInt() + "/" + n.get("atRisk").asInt() + " was " + n.get("overdueLastWeek").asInt()
                + "/" + n.get("atRiskLastWeek").asInt();
    }

    private static List<String> groups(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(g -> out.add(g.get("name").asText() + " " + counts(g)));
        return out;
    }
}
