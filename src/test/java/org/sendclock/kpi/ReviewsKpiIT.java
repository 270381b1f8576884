package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The annual reviews measure over the hand-made plans of {@link ReviewFixture}, January to August 2004: every expected
 * figure below was counted by hand from the table in that class.
 */
@IntegrationTest
class ReviewsKpiIT {

    private static final String[] ALL = {"due", "onTime", "decided", "decidedWithin4Weeks", "amended",
            "amendedWithin8Weeks", "amendedWithin12WeeksOfMeeting", "maintained", "amendedDecisions", "ceased"};

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired PlanService planService;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void plans() {
        ReviewFixture.ensureLoaded(http, cases, plans, reviews, planService, transaction);
    }

    @Test
    void everyMonthOfTheRangeWithItsFiguresAndZerosWhereNothingHappened() throws Exception {
        JsonNode report = get("/api/kpis/reviews?from=2004-01&to=2004-08");

        assertThat(report.get("months")).hasSize(8);
        // due onTime decided within4 amended within8 within12 maintained amendedDecisions ceased
        // January: D (on time) and I (decided after its due date) due; D's amendment decided on day 21.
        assertThat(figures(report, 0)).containsExactly(2L, 1L, 1L, 1L, 0L, 0L, 0L, 0L, 1L, 0L);
        // February: H due and never reviewed; I maintained on day 21; D's amended plan (within 8 and 12 weeks).
        assertThat(figures(report, 1)).containsExactly(1L, 0L, 1L, 1L, 1L, 1L, 1L, 1L, 0L, 0L);
        // March: A (day 28), B (decided on its due date, day 30), C (late, day 24) due; G decided to cease (day 29).
        assertThat(figures(report, 2)).containsExactly(3L, 2L, 4L, 2L, 0L, 0L, 0L, 1L, 2L, 1L);
        // April: F (ceased after its due date, never reviewed) and G (on time); E ceased before its due date.
        assertThat(figures(report, 3)).containsExactly(2L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
        // May: K open, L's second cycle decided on its due date; B amended on day 56, C on day 57.
        assertThat(figures(report, 4)).containsExactly(2L, 1L, 1L, 1L, 2L, 1L, 0L, 1L, 0L, 0L);
        for (int june = 5; june < 8; june++) {
            assertThat(figures(report, june)).as("a month with nothing").containsOnly(0L);
        }
        assertThat(report.get("months").get(5).get("month").asText()).isEqualTo("2004-06");

        JsonNode total = report.get("total");
        assertThat(total.has("month")).isFalse();
        assertThat(counts(total, ALL)).containsExactly(10L, 5L, 7L, 5L, 3L, 2L, 1L, 3L, 3L, 1L);
    }

    @Test
    void theEightWeeksAreCountedFromTheProposalWhateverThePhaseTransferDeadline() throws Exception {
        // The register's amended plan clock of D is due on the transfer deadline and was missed ...
        Map<String, Object> clock = jdbc.queryForMap("select k.due_date, k.done_date from statutory_clock k "
                + "join assessment_case c on c.id = k.case_id where c.case_ref = ? and k.clock = 'AMENDED_PLAN'",
                ReviewFixture.PREFIX + "D");
        assertThat(clock.get("due_date").toString()).isEqualTo("2004-02-15");
        assertThat(clock.get("done_date").toString()).isEqualTo("2004-02-20");
        // ... but the measure is eight weeks from the proposal (2004-03-01), and the plan was within them.
        JsonNode within = get("/api/kpis/reviews/cases?month=2004-02&measure=amendedWithin8Weeks");
        assertThat(refs(within)).containsExactly("D");
        JsonNode d = within.get("cases").get(0);
        assertThat(d.get("startDate").asText()).as("the proposal: the decision").isEqualTo("2004-01-05");
        assertThat(d.get("dueDate").asText()).isEqualTo("2004-03-01");
        assertThat(d.get("eventDate").asText()).isEqualTo("2004-02-20");
        assertThat(d.get("decision").asText()).isEqualTo("AMEND");
    }

    @Test
    void everyCountOpensAsItsCases() throws Exception {
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-03&measure=due"))).containsExactly("A", "B", "C");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-03&measure=onTime"))).containsExactly("A", "B");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-04&measure=due"))).as("E had ceased")
                .containsExactly("F", "G");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-03&measure=decidedWithin4Weeks")))
                .containsExactly("A", "C");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-03&measure=ceased"))).containsExactly("G");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-05&measure=amended"))).containsExactly("B", "C");
        assertThat(refs(get("/api/kpis/reviews/cases?month=2004-05&measure=amendedWithin8Weeks")))
                .containsExactly("B");

        // A total opens over the table's months.
        JsonNode twelveWeeks = get("/api/kpis/reviews/cases?from=2004-01&to=2004-08"
                + "&measure=amendedWithin12WeeksOfMeeting");
        assertThat(refs(twelveWeeks)).containsExactly("D");
        assertThat(twelveWeeks.get("cases").get(0).get("startDate").asText()).as("the meeting").isEqualTo("2003-12-15");
        assertThat(twelveWeeks.get("cases").get(0).get("dueDate").asText()).isEqualTo("2004-03-08");
        JsonNode due = get("/api/kpis/reviews/cases?from=2004-01&to=2004-08&measure=due");
        assertThat(due.get("count").asInt()).isEqualTo(10);
        JsonNode l = due.get("cases").get(9);
        assertThat(l.get("caseRef").asText()).isEqualTo(ReviewFixture.PREFIX + "L");
        assertThat(l.get("startDate").asText()).as("the first cycle's decision").isEqualTo("2003-05-20");
        assertThat(l.get("dueDate").asText()).isEqualTo("2004-05-20");
        assertThat(l.get("eventDate").asText()).isEqualTo("2004-05-20");
        JsonNode h = due.get("cases").get(2);
        assertThat(h.get("caseRef").asText()).isEqualTo(ReviewFixture.PREFIX + "H");
        assertThat(h.has("eventDate")).as("never reviewed").isFalse();
    }

    /**
     * The table's figures are counted by the database and its lists read row by row (ReviewCycles): each figure of
     * each month, and each band of overdue reviews on the days above, is the length of the list it opens.
     */
    @Test
    void everyFigureIsTheLengthOfTheListItOpens() throws Exception {
        JsonNode report = get("/api/kpis/reviews?from=2004-01&to=2004-08");
        for (JsonNode month : report.get("months")) {
            String ym = month.get("month").asText();
            for (String field : ALL) {
                assertThat(get("/api/kpis/reviews/cases?month=" + ym + "&measure=" + field).get("count").asLong())
                        .as(field + " in " + ym).isEqualTo(month.get(field).asLong());
            }
        }
        for (String on : List.of("2004-01-31", "2004-04-15", "2004-06-14", "2004-08-10")) {
            JsonNode overdue = get("/api/kpis/reviews/overdue?on=" + on);
            assertThat(get("/api/kpis/reviews/overdue/cases?on=" + on + "&measure=all").get("count").asLong())
                    .as("all overdue on " + on).isEqualTo(overdue.get("overdue").asLong());
            for (JsonNode band : overdue.get("byWeeksOverdue")) {
                String label = band.get("band").asText();
                JsonNode list = get(URI.create("/api/kpis/reviews/overdue/cases?on=" + on + "&measure="
                        + label.replace("+", "%2B")));
                assertThat(list.get("count").asLong()).as(label + " on " + on).isEqualTo(band.get("reviews").asLong());
            }
        }
    }

    @Test
    void overdueReviewsOnADayByWholeWeeksPastTheirDueDate() throws Exception {
        // I due 01-05, open on 01-31: 26 days, 3 whole weeks.
        assertThat(bands(get("/api/kpis/reviews/overdue?on=2004-01-31"))).containsExactly(1L, 1L, 0L, 0L, 0L, 0L);
        // F is due on 04-05 itself: not yet overdue (H: 64 days, 9 weeks).
        assertThat(bands(get("/api/kpis/reviews/overdue?on=2004-04-05"))).containsExactly(1L, 0L, 0L, 1L, 0L, 0L);
        // H 74 days (10 weeks), F 10 days; E had ceased before its due date; C was decided, late, on 03-25.
        assertThat(bands(get("/api/kpis/reviews/overdue?on=2004-04-15"))).containsExactly(2L, 1L, 0L, 1L, 0L, 0L);
        // K 34 days is 4 whole weeks, the next day 5; H 133 and 134 days; F's plan ceased on 04-20.
        assertThat(bands(get("/api/kpis/reviews/overdue?on=2004-06-13"))).containsExactly(2L, 1L, 0L, 0L, 1L, 0L);
        assertThat(bands(get("/api/kpis/reviews/overdue?on=2004-06-14"))).containsExactly(2L, 0L, 1L, 0L, 1L, 0L);
        // H 191 days (27 weeks, across 29 February), K 92 days (13 weeks).
        JsonNode august = get("/api/kpis/reviews/overdue?on=2004-08-10");
        assertThat(bands(august)).containsExactly(2L, 0L, 0L, 0L, 1L, 1L);
        assertThat(refs(get(URI.create("/api/kpis/reviews/overdue/cases?on=2004-08-10&measure=27%2B")))).containsExactly("H");
        JsonNode all = get("/api/kpis/reviews/overdue/cases?on=2004-08-10&measure=all");
        assertThat(refs(all)).containsExactly("H", "K");
        assertThat(all.get("cases").get(1).get("dueDate").asText()).isEqualTo("2004-05-10");
        // Without a day: today, with every band listed.
        JsonNode today = get("/api/kpis/reviews/overdue");
        assertThat(today.get("byWeeksOverdue")).hasSize(5);
        List<String> overdueToday = new ArrayList<>();
        get("/api/kpis/reviews/overdue/cases?measure=all").get("cases")
                .forEach(c -> overdueToday.add(c.get("caseRef").asText()));
        assertThat(overdueToday).as("every fixture plan has ceased").noneMatch(r -> r.startsWith(ReviewFixture.PREFIX));
    }

    @Test
    void theTableAndItsListsDownloadAsCsv() {
        ResponseEntity<String> table = analyst().getForEntity("/api/kpis/reviews?from=2004-03&to=2004-04&format=csv",
                String.class);
        assertThat(table.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(table.getHeaders().getContentDisposition().getFilename()).isEqualTo("reviews-2004-03-to-2004-04.csv");
        assertThat(table.getBody().split("\r\n")).containsExactly(
                "month,due,onTime,decided,decidedWithin4Weeks,amended,amendedWithin8Weeks,"
                        + "amendedWithin12WeeksOfMeeting,maintained,amendedDecisions,ceased",
                "2004-03,3,2,4,2,0,0,0,1,2,1",
                "2004-04,2,1,0,0,0,0,0,0,0,0",
                "total,5,3,4,2,0,0,0,1,2,1");
        String list = analyst().getForEntity("/api/kpis/reviews/cases?month=2004-03&measure=ceased&format=csv",
                String.class).getBody();
        assertThat(list.split("\r\n")).containsExactly(
                "caseRef,adviceType,startDate,dueDate,eventDate,decision,decisionDate",
                "RKPI-G,,2004-03-01,2004-03-29,2004-03-30,CEASE,2004-03-30");
        String overdue = analyst().getForEntity("/api/kpis/reviews/overdue?on=2004-08-10&format=csv", String.class)
                .getBody();
        assertThat(overdue.split("\r\n")).containsExactly("on,weeksOverdue,reviews", "2004-08-10,all,2",
                "2004-08-10,0-4,0", "2004-08-10,5-8,0", "2004-08-10,9-12,0", "2004-08-10,13-26,1",
                "2004-08-10,27+,1");
        String cases = analyst().getForEntity("/api/kpis/reviews/overdue/cases?on=2004-08-10&measure=13-26"
                + "&format=csv", String.class).getBody();
        assertThat(cases.split("\r\n")).containsExactly("caseRef,adviceType,startDate,dueDate,eventDate",
                "RKPI-K,,2003-05-10,2004-05-10,");
    }

    @Test
    void theBoardReadsTheReviewMeasuresMonthlyAndYearToDate() throws Exception {
        JsonNode board = get("/api/kpis/board?measure=REVIEWS_BY_DUE_DATE&from=2004-03&to=2004-04");
        JsonNode march = board.get("months").get(0);
        assertThat(counts(march.get("inMonth"), "onTime", "total")).containsExactly(2L, 3L);
        assertThat(counts(march.get("yearToDate"), "onTime", "total")).containsExactly(3L, 6L);
        assertThat(march.get("yearToDate").get("rate").decimalValue()).isEqualByComparingTo("50.0");
        JsonNode april = board.get("months").get(1);
        assertThat(counts(april.get("yearToDate"), "onTime", "total")).containsExactly(4L, 8L);

        JsonNode decisions = get("/api/kpis/board?measure=REVIEW_DECISIONS_WITHIN_FOUR_WEEKS&from=2004-03&to=2004-03");
        assertThat(counts(decisions.get("months").get(0).get("inMonth"), "onTime", "total")).containsExactly(2L, 4L);
        assertThat(counts(decisions.get("months").get(0).get("yearToDate"), "onTime", "total"))
                .containsExactly(4L, 6L);
        JsonNode amended = get("/api/kpis/board?measure=AMENDED_PLANS_WITHIN_EIGHT_WEEKS&from=2004-05&to=2004-05");
        assertThat(counts(amended.get("months").get(0).get("yearToDate"), "onTime", "total")).containsExactly(2L, 3L);
        JsonNode meeting = get("/api/kpis/board?measure=AMENDED_PLANS_WITHIN_TWELVE_WEEKS_OF_MEETING"
                + "&from=2004-05&to=2004-05");
        assertThat(counts(meeting.get("months").get(0).get("yearToDate"), "onTime", "total")).containsExactly(1L, 3L);
    }

    @Test
    void badParametersAreNamedTogether() throws Exception {
        Map<String, String> errors = errors(analyst().getForEntity("/api/kpis/reviews?from=2004-13&to=x",
                String.class));
        assertThat(errors).containsKeys("from", "to");
        errors = errors(analyst().getForEntity("/api/kpis/reviews/cases?month=2004-03&measure=late&format=xml",
                String.class));
        assertThat(errors.get("measure")).startsWith("must be one of due, onTime, decided");
        assertThat(errors).containsKey("format");
        errors = errors(analyst().getForEntity("/api/kpis/reviews/overdue/cases?on=2999-01-01&measure=3-4",
                String.class));
        assertThat(errors.get("on")).isEqualTo("must not be in the future");
        assertThat(errors.get("measure")).startsWith("must be one of all, 0-4, 5-8");
    }

    @Test
    void readByThePerformanceTeamAndManagersOnly() {
        String path = "/api/kpis/reviews?from=2004-01&to=2004-02";
        assertThat(http.withBasicAuth("manager", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity(path, String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers

    private TestRestTemplate analyst() {
        return http.withBasicAuth("analyst", "demo");
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    /** A path already encoded ({@code 27%2B}), sent as it is. */
    private JsonNode get(URI path) throws Exception {
        ResponseEntity<String> response = analyst().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<Long> figures(JsonNode report, int month) {
        return counts(report.get("months").get(month), ALL);
    }

    private static List<Long> counts(JsonNode row, String... fields) {
        List<Long> values = new ArrayList<>();
        for (String field : fields) {
            values.add(row.get(field).asLong());
        }
        return values;
    }

    /** The total, then each band: 0-4, 5-8, 9-12, 13-26, 27+. */
    private static List<Long> bands(JsonNode overdue) {
        List<Long> values = new ArrayList<>(List.of(overdue.get("overdue").asLong()));
        overdue.get("byWeeksOverdue").forEach(b -> values.add(b.get("reviews").asLong()));
        return values;
    }

    /** The fixture's cases of a list, without the prefix; no other test has plans reviewed in 2004. */
    private static List<String> refs(JsonNode list) {
        List<String> refs = new ArrayList<>();
        list.get("cases").forEach(c -> refs.add(c.get("caseRef").asText().replace(ReviewFixture.PREFIX, "")));
        return refs;
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
