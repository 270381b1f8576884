package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseScope;
import org.sendclock.casefile.Paging;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.support.Browser;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reviews register over a hand-built set of plans and review cycles of two teams of this class's own, on Monday
 * 2 March 2026 (eight weeks on: 27 April). Plans come in through plans.csv; cycles are written as rows and their
 * clocks by {@link PlanService#updateClock}, as the review commands will.
 * <ul>
 *   <li>A (team 1, alice, URN 100001): review due 27 April, the last day of the eight weeks: due;</li>
 *   <li>B (team 1, alice): due 28 April, a day past them: not listed;</li>
 *   <li>C (team 1, bob, URN 100001): due 27 February: 3 days overdue;</li>
 *   <li>D (team 2, alice, EHE): due today: due, 0 days left;</li>
 *   <li>E (team 1, alice): overdue, but the plan ceased: not listed;</li>
 *   <li>F (team 2, bob): review 2 (the first decided on 20 May 2025) not due until 20 May; its meeting on 10 March
 *   wanted invitations and advice by 24 February, neither recorded: two steps 6 days overdue;</li>
 *   <li>G (team 2, bob): meeting held 5 February, invitations, advice and report on time, decision due 5 March: a step
 *   at risk, 3 days left;</li>
 *   <li>H (team 2, carol): a Year 6 child whose transfer to secondary (15 February) is overdue: the breach register's,
 *   not a review.</li>
 * </ul>
 */
@IntegrationTest
class ReviewsRegisterIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final String HEADER = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
            + "setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n";
    /** Year 4 on 2 March 2026: no phase transfer near. */
    static final String YEAR_FOUR = "2016-10-01";

    @LocalServerPort int port;
    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;
    @Autowired AnnualReviewRepository reviews;
    @Autowired PlanService planService;
    @Autowired ReviewsRegister register;
    @Autowired PlatformTransactionManager transactions;

    String tag;
    String team1;
    String team2;
    String alice;
    String bob;

    @BeforeEach
    void caseload() throws Exception {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
        tag = UUID.randomUUID().toString().substring(0, 8);
        team1 = "ReviewsOne-" + tag;
        team2 = "ReviewsTwo-" + tag;
        alice = "alice-" + tag;
        bob = "bob-" + tag;
        imported(HEADER
                + plan("A", "Ada", YEAR_FOUR, "2025-04-27", "100001", "", "", team1, alice)
                + plan("B", "Ben", YEAR_FOUR, "2025-04-28", "100002", "", "", team1, alice)
                + plan("C", "Cal", YEAR_FOUR, "2025-02-27", "100001", "", "", team1, bob)
                + plan("D", "Dee", YEAR_FOUR, "2025-03-02", "", "EHE", "", team2, alice)
                + plan("E", "Eve", YEAR_FOUR, "2024-12-01", "100003", "", "2026-01-15,2", team1, alice)
                + plan("F", "Fay", YEAR_FOUR, "2024-06-01", "100004", "", "", team2, bob)
                + plan("G", "Gus", YEAR_FOUR, "2025-06-01", "100005", "", "", team2, bob)
                + plan("H", "Hal", "2014-10-01", "2025-06-01", "100006", "", "", team2, "carol-" + tag));
        cycles("F", (plan, held) -> {
            held.get(0).recordDecision(ReviewDecision.MAINTAIN, LocalDate.of(2025, 5, 20), null);
            AnnualReview second = new AnnualReview(plan, 2, AnnualReview.Source.HERE, Instant.now());
            second.arrangeMeeting(LocalDate.of(2026, 3, 10), "school");
            reviews.save(second);
        });
        cycles("G", (plan, held) -> {
            AnnualReview first = held.get(0);
            first.recordInvitationsSent(LocalDate.of(2026, 1, 20));
            first.recordAdviceCirculated(LocalDate.of(2026, 1, 20));
            first.recordMeetingHeld(LocalDate.of(2026, 2, 5));
            first.recordReport(LocalDate.of(2026, 2, 15));
        });
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aReviewIsDueWithinEightWeeksToTheDayOverdueOnceItsDatePassesAndGoneOnceThePlanCeased() throws Exception {
        JsonNode one = get("/api/oversight/reviews?team=" + team1);
        assertThat(one.get("on").asText()).isEqualTo("2026-03-02");
        assertThat(one.get("dueBy").asText()).isEqualTo("2026-04-27");
        assertThat(rows(one)).containsExactly(
                ref("C") + " Annual review 2026-02-27 OVERDUE late 3",
                ref("A") + " Annual review 2026-04-27 AT_RISK left 56");
        assertThat(one.get("overdue").asInt()).isEqualTo(1);
        assertThat(one.get("dueSoon").asInt()).isEqualTo(1);

        JsonNode first = one.get("reviews").get(0);
        assertThat(first.get("childName").asText()).as("the managers' working list names the child")
                .isEqualTo("Cal Child" + "C");
        assertThat(first.get("nationalCurriculumYear").asInt()).isEqualTo(4);
        assertThat(first.get("setting").asText()).isEqualTo("URN 100001");
        assertThat(first.get("cycle").asInt()).isEqualTo(1);
        assertThat(first.get("clock").asText()).isEqualTo("ANNUAL_REVIEW");
        assertThat(first.get("team").asText()).isEqualTo(team1);
        assertThat(first.get("caseworker").asText()).isEqualTo(bob);

        JsonNode two = get("/api/oversight/reviews?team=" + team2);
        assertThat(rows(two)).as("review 2's open steps, review 1's done ones not; a transfer is no review")
                .containsExactly(
                        ref("F") + " Review invitations 2026-02-24 OVERDUE late 6",
                        ref("F") + " Review advice circulated 2026-02-24 OVERDUE late 6",
                        ref("D") + " Annual review 2026-03-02 AT_RISK left 0",
                        ref("G") + " Review decision 2026-03-05 AT_RISK left 3");
        assertThat(two.get("reviews").get(0).get("cycle").asInt()).isEqualTo(2);
        assertThat(two.get("reviews").get(2).get("setting").asText()).isEqualTo("EHE");

        // Each count opens its list.
        assertThat(rows(get("/api/oversight/reviews?status=OVERDUE&team=" + team2))).hasSize(2)
                .allMatch(r -> r.contains("OVERDUE"));
        JsonNode due = get("/api/oversight/reviews?status=due&team=" + team2);
        assertThat(rows(due)).containsExactly(ref("D") + " Annual review 2026-03-02 AT_RISK left 0",
                ref("G") + " Review decision 2026-03-05 AT_RISK left 3");
        assertThat(due.get("total").asInt()).isEqualTo(2);
        assertThat(due.get("overdue").asInt()).as("both counts whatever the list").isEqualTo(2);
    }

    @Test
    void theFiltersAreSettingTeamAndCaseworkerAndThePagesAreTheDatabasesWithTotalsOverThemAll() throws Exception {
        assertThat(rows(get("/api/oversight/reviews?setting=100001&caseworker=" + alice))).containsExactly(
                ref("A") + " Annual review 2026-04-27 AT_RISK left 56");
        assertThat(rows(get("/api/oversight/reviews?setting=ehe&team=" + team2))).containsExactly(
                ref("D") + " Annual review 2026-03-02 AT_RISK left 0");
        assertThat(rows(get("/api/oversight/reviews?caseworker=" + alice.toUpperCase() + "&team=" + team2)))
                .as("names match ignoring case").containsExactly(ref("D") + " Annual review 2026-03-02 AT_RISK left 0");

        JsonNode second = get("/api/oversight/reviews?caseworker=" + bob + "&size=2&page=2");
        assertThat(second.get("total").asInt()).isEqualTo(4);
        assertThat(second.get("pages").asInt()).isEqualTo(2);
        assertThat(second.get("overdue").asInt()).as("counted over every page").isEqualTo(3);
        assertThat(second.get("dueSoon").asInt()).isEqualTo(1);
        assertThat(rows(second)).containsExactly(ref("C") + " Annual review 2026-02-27 OVERDUE late 3",
                ref("G") + " Review decision 2026-03-05 AT_RISK left 3");
        assertThat(rows(get("/api/oversight/reviews?caseworker=" + bob + "&size=2&page=3"))).isEmpty();
        assertThat(rows(get("/api/oversight/reviews?caseworker=" + bob + "&sort=case&direction=desc")))
                .extracting(r -> r.substring(0, r.indexOf(' ')))
                .containsExactly(ref("G"), ref("F"), ref("F"), ref("C"));

        ResponseEntity<String> bad = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/reviews?status=LATE&setting=12345&size=0&sort=child", String.class);
        assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(bad.getBody()).contains("status", "setting", "size", "sort");
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/oversight/reviews", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aManagerSeesTheirOwnTeamsPlansOnly() {
        ReviewFilter bobs = new ReviewFilter(null, null, null, bob, null);
        ReviewsPage teamOne = register.page(bobs.within(CaseScope.of(Set.of(team1), null)), RegisterSort.WORST_FIRST,
                Paging.FIRST);
        assertThat(teamOne.rows()).extracting(ReviewRow::caseRef).containsExactly(ref("C"));
        assertThat(teamOne.overdue() + teamOne.dueSoon()).isOne();
        assertThat(register.page(bobs.within(CaseScope.EVERY_CASE), RegisterSort.WORST_FIRST, Paging.FIRST).total())
                .as("an administrator's scope: every case").isEqualTo(4);
    }

    @Test
    void everyPageInEveryOrderIsTheWholeListsSliceThoughEachKindIsCutApart() {
        // The page is merged from each kind's first rows (ReviewsRegister.pageQuery); the whole list (the CSV's) is
        // one sort of every row. Team two's review invitations and advice are due the same day on the same case.
        CaseScope both = CaseScope.of(Set.of(team1, team2), null);
        for (ReviewFilter.Status status : new ReviewFilter.Status[] {null, ReviewFilter.Status.OVERDUE,
                ReviewFilter.Status.DUE}) {
            ReviewFilter filter = ReviewFilter.ALL.showing(status).within(both);
            for (RegisterSort.Column column : RegisterSort.Column.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    RegisterSort sort = new RegisterSort(column, descending);
                    List<String> whole = new ArrayList<>();
                    register.each(filter, sort, row -> whole.add(row.caseRef() + " " + row.clock()));
                    // Other tests' cases of no team are in every scope: only this test's are counted here.
                    assertThat(whole).as("%s %s", status, sort).filteredOn(row -> row.startsWith(ref("")))
                            .hasSize(status == null ? 6 : 3);
                    for (int size = 1; size <= 4; size++) {
                        List<String> paged = new ArrayList<>();
                        for (int page = 1; page <= (whole.size() + size - 1) / size; page++) {
                            register.page(filter, sort, new Paging(page, size)).rows()
                                    .forEach(row -> paged.add(row.caseRef() + " " + row.clock()));
                        }
                        assertThat(paged).as("%s %s in pages of %d", status, sort, size).isEqualTo(whole);
                    }
                }
            }
        }
    }

    @Test
    void theCsvIsTheWholeListWithCaseReferencesAndNoNames() {
        ResponseEntity<String> csv = http.withBasicAuth("manager", "demo").getForEntity(
                "/api/oversight/reviews.csv?caseworker=" + bob + "&status=OVERDUE", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getHeaders().getContentDisposition().getFilename()).isEqualTo("reviews-register-2026-03-02.csv");
        assertThat(csv.getBody()).isEqualTo(String.join("\r\n",
                "case_ref,national_curriculum_year,setting,cycle,due,due_date,standing,days_late,days_left,team,"
                        + "caseworker",
                ref("F") + ",4,URN 100004,2,Review invitations,2026-02-24,OVERDUE,6,," + team2 + "," + bob,
                ref("F") + ",4,URN 100004,2,Review advice circulated,2026-02-24,OVERDUE,6,," + team2 + "," + bob,
                ref("C") + ",4,URN 100001,1,Annual review,2026-02-27,OVERDUE,3,," + team1 + "," + bob) + "\r\n");
        assertThat(csv.getBody()).doesNotContain("Cal", "Fay");
    }

    @Test
    void theManagersPageShowsTheCountsEachOpeningItsListWithTheRowsAndTheCsvOfTheListShown() throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        String team = URLEncoder.encode(team2, StandardCharsets.UTF_8);
        HttpResponse<String> page = manager.get("/oversight/reviews?team=" + team);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Reviews register", "2 overdue", "2 due in the next 8 weeks",
                "reviews due by 27 April 2026", ref("F"), "Fay Child" + "F", "Review invitations", "6 late",
                ref("D"), "EHE", "0 left", ref("G"), "Review decision", "3 left", "URN 100005");
        assertThat(html.indexOf(ref("F"))).as("worst first").isLessThan(html.indexOf(ref("D")));
        assertThat(html).contains("href=\"/oversight/reviews?status=OVERDUE&amp;team=" + team + "&amp;sort=due"
                + "&amp;direction=asc&amp;page=1\"", "href=\"/api/oversight/reviews.csv?team=" + team + "&amp;sort=due"
                + "&amp;direction=asc\"");

        String overdue = manager.get("/oversight/reviews?status=OVERDUE&team=" + team).body();
        assertThat(overdue).contains("Reviews overdue: 1 to 2 of 2", ref("F")).doesNotContain(ref("D"), ref("G"))
                .contains("href=\"/api/oversight/reviews.csv?status=OVERDUE&amp;team=" + team);
        assertThat(manager.get("/oversight").body()).as("linked from the register")
                .contains("href=\"/oversight/reviews\"");
        assertThat(manager.get("/oversight/reviews?setting=12&size=0").body()).as("bad filters named, the rest shown")
                .contains("There is a problem", "setting must be", "size must be");
    }

    @Test
    void theBreachRegisterListsAPlansDutiesByNameAndItsReviewOnlyOnceOverdue() throws Exception {
        // The breach and risk register (issue 13, item 7): a review's steps and a phase transfer are the council's
        // duties like the assessment's, listed with their case; a review coming due is the reviews register's.
        assertThat(breaches(team1)).containsExactly(ref("C") + " Annual review OVERDUE");
        assertThat(breaches(team2)).containsExactly(
                ref("H") + " Transfer to secondary OVERDUE",
                ref("F") + " Review invitations OVERDUE",
                ref("F") + " Review advice circulated OVERDUE",
                ref("G") + " Review decision AT_RISK");
        JsonNode summary = get("/api/oversight/summary?team=" + team2);
        assertThat(summary.get("total").get("overdue").asInt()).isEqualTo(3);
        assertThat(summary.get("total").get("atRisk").asInt()).isEqualTo(1);
        assertThat(summary.get("total").get("atRiskLastWeek").asInt())
                .as("a week ago F's two steps were at risk; D's review, coming due then as now, is not counted")
                .isEqualTo(2);
        assertThat(summary.get("total").get("overdueLastWeek").asInt()).isOne();
    }

    private List<String> breaches(String team) throws Exception {
        List<String> rows = new ArrayList<>();
        get("/api/oversight/breaches?team=" + team).get("clocks").forEach(c -> rows.add(c.get("caseRef").asText() + " "
                + c.get("clockName").asText() + " " + c.get("status").asText()));
        return rows;
    }

    private String plan(String letter, String given, String born, String start, String urn, String senSetting,
                        String ceased, String team, String caseworker) {
        String ceasedCells = ceased.isEmpty() ? "," : ceased;
        return ref(letter) + "," + given + ",Child" + letter + "," + born + ",," + start + "," + urn + ","
                + senSetting + ",,," + ceasedCells + "," + team + "," + caseworker + "\n";
    }

    private String ref(String letter) {
        return "RV" + tag + "-" + letter;
    }

    /** Changes a plan's cycles and writes its clocks, in one transaction, as a review command will. */
    private void cycles(String letter, BiConsumer<Plan, List<AnnualReview>> change) {
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            AssessmentCase assessment = cases.require(ref(letter));
            Plan plan = plans.findByCaseId(assessment.getId()).orElseThrow();
            change.accept(plan, reviews.findByPlanIdOrderByCycleAsc(plan.getId()));
            planService.updateClock(assessment, plan);
        });
    }

    private void imported(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/imports/plans", new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("manager", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static List<String> rows(JsonNode page) {
        List<String> rows = new ArrayList<>();
        page.get("reviews").forEach(r -> rows.add(r.get("caseRef").asText() + " " + r.get("clockName").asText() + " "
                + r.get("dueDate").asText() + " " + r.get("standing").asText() + " "
                + (r.get("daysLate").isNull() ? "left " + r.get("daysLeft").asInt() : "late " + r.get("daysLate").asInt())));
        return rows;
    }
}
