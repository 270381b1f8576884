package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.Paging;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.clock.TransferKind;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Phase transfers against a hand count: the managers' transfer list (due, done, late; paging; team scope) and the
 * Year 6 / Year 11 KPI (due, finalised by the deadline), over plans brought in by plans.csv and phase-transfer reviews
 * written as their facts. The shared database holds other tests' plans, so every figure is checked as the change this
 * test's cohort makes, and every list as this cohort's rows.
 */
@IntegrationTest
class PhaseTransfersIT {

    private static final String HEADER = "case_ref,child_given_name,child_family_name,child_date_of_birth,"
            + "plan_start_date,setting_urn,ceased_date,cease_reason,team,caseworker\n";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired PlanService planService;
    @Autowired PhaseTransferList list;
    @Autowired TransactionTemplate transaction;

    private final String p = "PT" + UUID.randomUUID().toString().substring(0, 8) + "-";
    private final String north = "PT North " + p;
    private final String south = "PT South " + p;

    /**
     * The Year 6 (born September 2007 to August 2008: 15 February 2019) and Year 11 (born September 2002 to August
     * 2003: 31 March 2019) transfers of 2019. Due: a plan started on or before the deadline and not ceased before it.
     * Finalised: a phase-transfer review's amended plan issued from 1 September 2018 to the deadline.
     */
    @Test
    void theYearSixAndYearElevenFiguresMatchAHandCount() throws Exception {
        JsonNode before = kpi(2019);
        imported(HEADER
                + p + "S1,Ann,OnTheDay,2008-01-10,2015-01-05,,,,,\n"
                + p + "S2,Ben,DayAfter,2008-01-10,2015-01-05,,,,,\n"
                + p + "S3,Cal,TooEarly,2008-01-10,2015-01-05,,,,,\n"
                + p + "S4,Dee,FirstDay,2008-01-10,2015-01-05,,,,,\n"
                + p + "S5,Eve,StartedAfter,2008-01-10,2019-02-16,,,,,\n"
                + p + "S6,Fay,StartedOnTheDay,2008-01-10,2019-02-15,,,,,\n"
                + p + "S7,Gus,CeasedBefore,2008-01-10,2015-01-05,,2019-02-14,7,,\n"
                + p + "S8,Hal,CeasedOnTheDay,2008-01-10,2015-01-05,,2019-02-15,7,,\n"
                + p + "S9,Ivy,NotTheTransfer,2008-01-10,2015-01-05,,,,,\n"
                + p + "P1,Jon,OnTheDay,2003-05-05,2012-01-05,,,,,\n"
                + p + "P2,Kim,NoReview,2003-05-05,2012-01-05,,,,,\n"
                + p + "P3,Lee,CeasedBefore,2003-05-05,2012-01-05,,2019-01-01,4,,\n");
        phaseTransferReview(p + "S1", LocalDate.of(2019, 2, 15), true);
        phaseTransferReview(p + "S2", LocalDate.of(2019, 2, 16), true);
        phaseTransferReview(p + "S3", LocalDate.of(2018, 8, 31), true);
        phaseTransferReview(p + "S4", LocalDate.of(2018, 9, 1), true);
        phaseTransferReview(p + "S9", LocalDate.of(2019, 1, 10), false);
        phaseTransferReview(p + "P1", LocalDate.of(2019, 3, 31), true);

        JsonNode after = kpi(2019);
        JsonNode secondary = line(after, "PRIMARY_TO_SECONDARY");
        assertThat(secondary.get("deadline").asText()).isEqualTo("2019-02-15");
        assertThat(secondary.get("due").asLong() - line(before, "PRIMARY_TO_SECONDARY").get("due").asLong())
                .as("S1-S4, S6, S8, S9").isEqualTo(7);
        assertThat(secondary.get("finalisedByDeadline").asLong()
                - line(before, "PRIMARY_TO_SECONDARY").get("finalisedByDeadline").asLong()).as("S1, S4").isEqualTo(2);
        JsonNode post16 = line(after, "SECONDARY_TO_POST16");
        assertThat(post16.get("deadline").asText()).isEqualTo("2019-03-31");
        assertThat(post16.get("due").asLong() - line(before, "SECONDARY_TO_POST16").get("due").asLong())
                .as("P1, P2").isEqualTo(2);
        assertThat(post16.get("finalisedByDeadline").asLong()
                - line(before, "SECONDARY_TO_POST16").get("finalisedByDeadline").asLong()).as("P1").isEqualTo(1);

        assertThat(ours(cases(2019, "PRIMARY_TO_SECONDARY", "due")))
                .containsExactly("S1", "S2", "S3", "S4", "S6", "S8", "S9");
        JsonNode finalised = cases(2019, "PRIMARY_TO_SECONDARY", "finalisedByDeadline");
        assertThat(ours(finalised)).containsExactly("S1", "S4");
        assertThat(finalised.get("count").asInt()).isEqualTo(secondary.get("finalisedByDeadline").asInt());
        JsonNode onTheDay = entry(finalised, "S1");
        assertThat(onTheDay.get("dueDate").asText()).isEqualTo("2019-02-15");
        assertThat(onTheDay.get("eventDate").asText()).as("the amended plan counted").isEqualTo("2019-02-15");
        assertThat(onTheDay.get("startDate").asText()).as("the school year's first day").isEqualTo("2018-09-01");
        assertThat(entry(cases(2019, "PRIMARY_TO_SECONDARY", "due"), "S6").get("startDate").asText())
                .as("a plan started in the school year starts its transfer clock").isEqualTo("2019-02-15");
        assertThat(ours(cases(2019, "SECONDARY_TO_POST16", "due"))).containsExactly("P1", "P2");
        assertThat(ours(cases(2019, "SECONDARY_TO_POST16", "finalisedByDeadline"))).containsExactly("P1");

        ResponseEntity<String> csv = http.withBasicAuth("analyst", "demo")
                .getForEntity("/api/kpis/phase-transfers?year=2019&format=csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).startsWith("year,kind,deadline,due,finalisedByDeadline,rate\r\n")
                .contains("2019,PRIMARY_TO_SECONDARY,2019-02-15," + secondary.get("due").asLong() + ","
                        + secondary.get("finalisedByDeadline").asLong() + ",");
        // The performance page shows the same figures, each opening as its cases.
        Browser analyst = Browser.signedIn(port, "analyst", "demo");
        String performance = analyst.get("/performance?from=2019-01&to=2019-12").body();
        String table = performance.substring(performance.indexOf("id=\"transfers-table\""));
        table = table.substring(0, table.indexOf("</table>"));
        assertThat(table).contains("15 February 2019", "31 March 2019",
                ">" + secondary.get("due").asLong() + "</a>", ">" + secondary.get("finalisedByDeadline").asLong() + "</a>",
                "/performance/cases?table=phase-transfers&amp;measure=finalisedByDeadline&amp;year=2019"
                        + "&amp;kind=PRIMARY_TO_SECONDARY");
        assertThat(performance).contains("/api/kpis/phase-transfers?year=2019&amp;format=csv");
        HttpResponse<String> drill = analyst.get("/performance/cases?table=phase-transfers&measure=finalisedByDeadline"
                + "&year=2019&kind=PRIMARY_TO_SECONDARY");
        assertThat(drill.statusCode()).isEqualTo(200);
        assertThat(drill.body()).contains("Phase transfers finalised by the deadline: Primary to secondary (Year 6), 2019",
                p + "S1", p + "S4", "Amended plan issued").doesNotContain(p + "S2", "OnTheDay");
        assertThat(analyst.get("/performance/cases?table=phase-transfers&measure=due&year=2019&kind=INTO_SCHOOL")
                .statusCode()).isEqualTo(404);

        String casesCsv = http.withBasicAuth("manager", "demo").getForObject(
                "/api/kpis/phase-transfers/cases?year=2019&kind=PRIMARY_TO_SECONDARY&measure=finalisedByDeadline"
                        + "&format=csv", String.class);
        assertThat(casesCsv).contains(p + "S1,,2018-09-01,2019-02-15,2019-02-15").doesNotContain("OnTheDay");
    }

    @Test
    void badKpiParametersAreNamedAllAtOnce() throws Exception {
        ResponseEntity<String> refused = http.withBasicAuth("analyst", "demo").getForEntity(
                "/api/kpis/phase-transfers/cases?year=19&kind=INTO_SCHOOL&measure=late", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"year\"", "\"kind\"", "\"measure\"");
        assertThat(http.withBasicAuth("analyst", "demo").getForEntity("/api/kpis/phase-transfers", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    /**
     * The transfers of 2021 for North: done on time, done late, two never done (still late after the children moved
     * on), one ceased before its date (left out), one started after it (none); and South's, which North's scope leaves
     * out.
     */
    @Test
    void theTransferListShowsWhoIsDueDoneAndLateAPageAtATimeWithinTheManagersTeams() throws Exception {
        imported(HEADER
                + p + "L1,Ann,OnTime,2010-01-10,2016-01-05,100001,,,\"" + north + "\",J. Smith\n"
                + p + "L2,Ben,Late,2010-01-10,2016-01-05,,,,\"" + north + "\",J. Smith\n"
                + p + "L3,Cal,Never,2010-01-10,2016-01-05,,,,\"" + north + "\",A. Jones\n"
                + p + "L4,Dee,Never,2005-01-10,2012-01-05,,,,\"" + north + "\",A. Jones\n"
                + p + "L5,Eve,Ceased,2010-01-10,2016-01-05,,2021-01-31,6,\"" + north + "\",A. Jones\n"
                + p + "L6,Fay,Started,2010-01-10,2021-03-01,,,,\"" + north + "\",A. Jones\n"
                + p + "L7,Gus,South,2010-01-10,2016-01-05,,,,\"" + south + "\",B. Brown\n");
        phaseTransferReview(p + "L1", LocalDate.of(2021, 2, 1), true);
        phaseTransferReview(p + "L2", LocalDate.of(2021, 3, 1), true);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));

        JsonNode all = transfers("year=2021&team=" + north);
        assertThat(refs(all)).as("overdue, then done late, then done on time")
                .containsExactly("L3", "L4", "L2", "L1");
        assertThat(all.get("total").asInt()).isEqualTo(4);
        assertThat(all.get("due").asInt()).isZero();
        assertThat(all.get("done").asInt()).isEqualTo(2);
        assertThat(all.get("late").asInt()).isEqualTo(3);
        assertThat(all.get("overdue").asInt()).isEqualTo(2);
        assertThat(all.get("doneLate").asInt()).isEqualTo(1);
        JsonNode onTime = row(all, "L1");
        assertThat(onTime.get("progress").asText()).isEqualTo("DONE_ON_TIME");
        assertThat(onTime.get("standing").asText()).isEqualTo("MET");
        assertThat(onTime.get("kind").asText()).isEqualTo("PRIMARY_TO_SECONDARY");
        assertThat(onTime.get("deadline").asText()).isEqualTo("2021-02-15");
        assertThat(onTime.get("amendedPlanDate").asText()).isEqualTo("2021-02-01");
        assertThat(onTime.get("setting").asText()).isEqualTo("URN 100001");
        assertThat(onTime.get("childName").asText()).isEqualTo("Ann OnTime");
        assertThat(onTime.get("caseworker").asText()).isEqualTo("J. Smith");
        assertThat(row(all, "L2").get("progress").asText()).isEqualTo("DONE_LATE");
        assertThat(row(all, "L2").get("daysLate").asInt()).as("15 February to 1 March 2021").isEqualTo(14);
        JsonNode never = row(all, "L3");
        assertThat(never.get("progress").asText()).isEqualTo("OVERDUE");
        assertThat(never.get("daysLate").asLong())
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2021, 2, 15), today));
        assertThat(never.get("standing").asText()).as("the register: the child has moved on").isEqualTo("NOT_NEEDED");
        assertThat(row(all, "L4").get("kind").asText()).isEqualTo("SECONDARY_TO_POST16");
        assertThat(row(all, "L4").get("deadline").asText()).isEqualTo("2021-03-31");

        assertThat(refs(transfers("year=2021&team=" + north + "&status=DONE"))).containsExactly("L2", "L1");
        JsonNode late = transfers("year=2021&team=" + north + "&status=late");
        assertThat(refs(late)).containsExactly("L3", "L4", "L2");
        assertThat(late.get("total").asInt()).isEqualTo(3);
        assertThat(late.get("done").asInt()).as("the counts are the year's, whatever status is asked").isEqualTo(2);
        assertThat(refs(transfers("year=2021&team=" + north + "&kind=PRIMARY_TO_SECONDARY")))
                .containsExactly("L3", "L2", "L1");
        assertThat(transfers("year=2021&team=" + north + "&status=DUE").get("total").asInt()).isZero();

        JsonNode first = transfers("year=2021&team=" + north + "&size=3");
        JsonNode second = transfers("year=2021&team=" + north + "&size=3&page=2");
        assertThat(first.get("pages").asInt()).isEqualTo(2);
        assertThat(refs(first)).containsExactly("L3", "L4", "L2");
        assertThat(refs(second)).containsExactly("L1");
        assertThat(second.get("total").asInt()).isEqualTo(4);

        // A manager of North sees North's transfers and none of South's.
        TransferPage northsView = list.page(new TransferFilter(2021, null, null, null, null)
                .within(CaseScope.of(Set.of(north), null)), new Paging(1, 500), today);
        assertThat(northsView.rows()).extracting(TransferRow::caseRef)
                .contains(p + "L1", p + "L2", p + "L3", p + "L4").doesNotContain(p + "L7");
        TransferPage southsView = list.page(new TransferFilter(2021, null, null, south, null)
                .within(CaseScope.of(Set.of(north), null)), new Paging(1, 500), today);
        assertThat(southsView.total()).as("a team outside the manager's own shows nothing").isZero();
        assertThat(refs(transfers("year=2021&team=" + south))).containsExactly("L7");

        ResponseEntity<String> csv = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/phase-transfers?year=2021&team=" + north + "&status=DONE&format=csv", String.class);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("phase-transfers-2021-done.csv");
        assertThat(csv.getBody()).startsWith(String.join(",", PhaseTransfersController.CSV_HEADER) + "\r\n")
                .contains(p + "L1,Ann OnTime,PRIMARY_TO_SECONDARY,2021-02-15,URN 100001," + north
                        + ",J. Smith,DONE_ON_TIME,MET,2021-02-01,,\r\n")
                .contains(p + "L2,").doesNotContain(p + "L3");

        Browser manager = Browser.signedIn(port, "manager", "demo");
        HttpResponse<String> page = manager.get("/oversight/phase-transfers?year=2021&size=3&team="
                + java.net.URLEncoder.encode(north, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Phase transfers of 2021", "Primary to secondary (Year 6): 15 February 2021",
                "Transfers: 1 to 3 of 4", p + "L3", "Overdue", "Done late", "Page 1 of 2",
                "Late (3)", "Done (2)", "Due (0)").doesNotContain(p + "L1<");
        assertThat(manager.get("/oversight").body()).contains("href=\"/oversight/phase-transfers\"");
        HttpResponse<String> wrong = manager.get("/oversight/phase-transfers?year=soon&status=maybe");
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("There is a problem", "year must be a year written YYYY",
                "status must be one of");
    }

    /** Visible a year ahead: with no year, the list is of the next 15 February or 31 March still to come. */
    @Test
    void theListOpensOnTheNextTransferYearWithWhoIsStillDue() throws Exception {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        int year = TransferKind.nextTransferYear(today);
        LocalDate deadline = LocalDate.of(year, 3, 31);
        // Year 11 in the school year ending that summer: born in January sixteen years before.
        imported(HEADER + p + "N1,Nia,Due," + LocalDate.of(year - 16, 1, 10) + "," + today.minusDays(30)
                + ",,,,\"" + north + "\",J. Smith\n");
        JsonNode next = transfers("team=" + north);
        assertThat(next.get("year").asInt()).isEqualTo(year);
        assertThat(refs(next)).containsExactly("N1");
        assertThat(next.get("due").asInt()).isEqualTo(1);
        JsonNode due = row(next, "N1");
        assertThat(due.get("progress").asText()).isEqualTo("DUE");
        assertThat(due.get("deadline").asText()).isEqualTo(deadline.toString());
        assertThat(due.get("daysLeft").asLong()).isEqualTo(ChronoUnit.DAYS.between(today, deadline));
        assertThat(due.get("daysLate").isNull()).isTrue();
    }

    @Test
    void badListParametersAreNamedAllAtOnceAndTheListIsTheManagers() {
        ResponseEntity<String> refused = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/phase-transfers?year=next&kind=MIDDLE&status=SOON&page=0&format=pdf", String.class);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("\"year\"", "\"kind\"", "\"status\"", "\"page\"", "\"format\"");
        assertThat(http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/phase-transfers?kind=INFANT_TO_JUNIOR", String.class).getStatusCode())
                .as("this council has no infant and junior schools").isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/oversight/phase-transfers",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    /**
     * The review that moved the child on, as its facts: meeting, amend decision with the proposal, the amended plan;
     * the next cycle opens at the decision, and the plan's clocks are written from it all.
     */
    private void phaseTransferReview(String caseRef, LocalDate amendedPlan, boolean phaseTransfer) {
        transaction.executeWithoutResult(status -> {
            AssessmentCase assessment = cases.require(caseRef);
            Plan plan = plans.findByCaseId(assessment.getId()).orElseThrow();
            AnnualReview review = reviews.findByPlanIdOrderByCycleAsc(plan.getId()).get(0);
            LocalDate meeting = amendedPlan.minusDays(60);
            review.recordMeetingHeld(meeting);
            review.recordDecision(ReviewDecision.AMEND, meeting.plusDays(14), meeting.plusDays(14));
            review.recordAmendedPlan(amendedPlan);
            review.markPhaseTransfer(phaseTransfer);
            reviews.save(review);
            reviews.save(new AnnualReview(plan, 2, AnnualReview.Source.IMPORT, Instant.now()));
            planService.updateClock(assessment, plan);
        });
    }

    private void imported(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/imports/plans", new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode kpi(int year) throws Exception {
        return ok(http.withBasicAuth("analyst", "demo").getForEntity("/api/kpis/phase-transfers?year=" + year,
                String.class));
    }

    private JsonNode cases(int year, String kind, String measure) throws Exception {
        return ok(http.withBasicAuth("analyst", "demo").getForEntity("/api/kpis/phase-transfers/cases?year=" + year
                + "&kind=" + kind + "&measure=" + measure, String.class));
    }

    private JsonNode transfers(String query) throws Exception {
        return ok(http.withBasicAuth("manager", "demo").getForEntity("/api/oversight/phase-transfers?" + query,
                String.class));
    }

    private static JsonNode line(JsonNode report, String kind) {
        for (JsonNode line : report.get("transfers")) {
            if (line.get("kind").asText().equals(kind)) {
                return line;
            }
        }
        throw new AssertionError("no line for " + kind + " in " + report);
    }

    /** This test's case references among a drill-down's entries, without the prefix, in the list's order. */
    private List<String> ours(JsonNode caseList) {
        return mine(caseList.get("cases"));
    }

    private JsonNode entry(JsonNode caseList, String ref) {
        for (JsonNode e : caseList.get("cases")) {
            if (e.get("caseRef").asText().equals(p + ref)) {
                return e;
            }
        }
        throw new AssertionError("no " + ref + " in " + caseList);
    }

    private List<String> refs(JsonNode page) {
        return mine(page.get("transfers"));
    }

    private JsonNode row(JsonNode page, String ref) {
        for (JsonNode r : page.get("transfers")) {
            if (r.get("caseRef").asText().equals(p + ref)) {
                return r;
            }
        }
        throw new AssertionError("no " + ref + " in " + page);
    }

    private List<String> mine(JsonNode rows) {
        List<String> refs = new ArrayList<>();
        rows.forEach(r -> {
            String ref = r.get("caseRef").asText();
            if (ref.startsWith(p)) {
                refs.add(ref.substring(p.length()));
            }
        });
        return refs;
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
