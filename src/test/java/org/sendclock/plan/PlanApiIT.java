package org.sendclock.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The plan's commands through the API: recorded, moved to another setting, ceased; bad input named, nothing saved. */
@IntegrationTest
class PlanApiIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private final String p = "P" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void aPlanIsRecordedMovesSettingAndCeasesEachOnTheTimelineWithItsReviewClock() throws Exception {
        String ref = issuedCase();
        LocalDate start = TODAY.minusMonths(11);
        JsonNode plan = ok(post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","settingUrn":"100001","needs":["SEMH","ASD"],"personalBudget":true,
                 "transferredInDate":"%s"}""".formatted(start, start.plusDays(3))));
        assertThat(plan.get("status").asText()).isEqualTo("MAINTAINED");
        assertThat(plan.get("needs").get(0).get("need").asText()).isEqualTo("SEMH");
        assertThat(plan.get("needs").get(1).get("rank").asInt()).isEqualTo(2);
        assertThat(plan.get("personalBudget").asBoolean()).isTrue();
        assertThat(plan.get("placements").get(0).get("setting").asText()).isEqualTo("URN 100001");
        assertThat(plan.get("reviewDue").asText()).isEqualTo(start.plusMonths(12).toString());
        assertThat(plan.get("reviewStanding").asText()).isEqualTo("AT_RISK");

        JsonNode moved = ok(post("/api/cases/" + ref + "/plan/placements",
                "{\"settingUrn\":\"10012345\",\"entryDate\":\"" + TODAY.minusDays(10) + "\"}"));
        assertThat(moved.get("placements")).hasSize(2);
        assertThat(moved.get("placements").get(0).get("leavingDate").asText()).isEqualTo(TODAY.minusDays(10).toString());
        assertThat(moved.get("placements").get(1).get("setting").asText()).isEqualTo("UKPRN 10012345");

        JsonNode ceased = ok(post("/api/cases/" + ref + "/plan/cessation",
                "{\"ceasedDate\":\"" + TODAY + "\",\"reason\":2}"));
        assertThat(ceased.get("status").asText()).isEqualTo("CEASED");
        assertThat(ceased.get("ceaseReason").asInt()).isEqualTo(2);
        assertThat(ceased.get("reviewStanding").asText()).isEqualTo("NOT_NEEDED");

        JsonNode c = ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class));
        assertThat(c.get("plan").get("ceasedDate").asText()).isEqualTo(TODAY.toString());
        List<String> kinds = new ArrayList<>();
        c.get("timeline").forEach(e -> kinds.add(e.get("kind").asText()));
        assertThat(kinds).contains("PLAN_RECORDED", "PLAN_SETTING_CHANGED", "PLAN_CEASED");
        List<String> clocks = new ArrayList<>();
        c.get("clocks").forEach(k -> clocks.add(k.get("clock").asText() + " " + k.get("standing").asText()));
        assertThat(clocks).contains("ANNUAL_REVIEW NOT_NEEDED", "FINAL_PLAN MET");

        assertThat(post("/api/cases/" + ref + "/plan/cessation", "{\"ceasedDate\":\"" + TODAY + "\",\"reason\":2}")
                .getStatusCode()).as("ceased once").isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aPlanTransferredInIsFirstReviewedByTheLaterOfTwelveMonthsFromItsLastReviewAndThreeFromTheTransfer()
            throws Exception {
        String ref = issuedCase();
        LocalDate start = TODAY.minusYears(2);
        LocalDate transferred = TODAY.minusDays(20);
        // Last reviewed there 11 months ago: 12 months from it falls before 3 months from the transfer.
        JsonNode plan = ok(post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","transferredInDate":"%s","lastReviewDate":"%s"}"""
                .formatted(start, transferred, TODAY.minusMonths(11))));
        assertThat(plan.get("reviewDue").asText()).isEqualTo(transferred.plusMonths(3).toString());
        JsonNode notice = clock(ref, "TRANSFER_IN_NOTICE");
        assertThat(notice.get("dueDate").asText()).isEqualTo(transferred.plusWeeks(6).toString());
        assertThat(notice.get("standing").asText()).isEqualTo("RUNNING");

        // Last reviewed there 6 months ago: 12 months from it is the later.
        plan = ok(post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","transferredInDate":"%s","lastReviewDate":"%s"}"""
                .formatted(start, transferred, TODAY.minusMonths(6))));
        assertThat(plan.get("reviewDue").asText()).isEqualTo(TODAY.minusMonths(6).plusMonths(12).toString());

        Map<String, String> bad = errors(post("/api/cases/" + ref + "/plan/transfer-notice",
                "{\"noticeDate\":\"" + transferred.minusDays(1) + "\",\"reassess\":false}"));
        assertThat(bad).containsOnlyKeys("noticeDate");
        assertThat(bad.get("noticeDate")).contains("transfer");
        assertThat(clock(ref, "TRANSFER_IN_NOTICE").get("doneDate").isNull()).as("nothing saved").isTrue();

        JsonNode told = ok(post("/api/cases/" + ref + "/plan/transfer-notice",
                "{\"noticeDate\":\"" + TODAY + "\",\"reassess\":false}"));
        assertThat(told.get("transferNoticeDate").asText()).isEqualTo(TODAY.toString());
        assertThat(told.get("transferReassess").asBoolean()).isFalse();
        assertThat(clock(ref, "TRANSFER_IN_NOTICE").get("standing").asText()).isEqualTo("MET");

        Map<String, String> after = errors(post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","transferredInDate":"%s","lastReviewDate":"%s"}"""
                .formatted(start, transferred, transferred.plusDays(1))));
        assertThat(after).containsOnlyKeys("lastReviewDate");
        Map<String, String> noTransfer = errors(post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","lastReviewDate":"%s"}""".formatted(start, TODAY.minusMonths(6))));
        assertThat(noTransfer).containsOnlyKeys("lastReviewDate");
    }

    private JsonNode clock(String ref, String which) throws Exception {
        JsonNode c = json.readTree(http.withBasicAuth("caseworker", "demo")
                .getForEntity("/api/cases/" + ref, String.class).getBody());
        for (JsonNode k : c.get("clocks")) {
            if (k.get("clock").asText().equals(which)) {
                return k;
            }
        }
        throw new AssertionError(ref + " has no " + which + " clock");
    }

    @Test
    void everyBadFieldIsNamedAndNothingIsSaved() throws Exception {
        String ref = issuedCase();
        ResponseEntity<String> refused = post("/api/cases/" + ref + "/plan", """
                {"startDate":"%s","settingUrn":"12345","senSetting":"EHE","needs":["SEMH","SEMH"],
                 "transferredInDate":"%s"}""".formatted(TODAY.plusDays(1), TODAY.minusDays(3)));
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = errors(refused);
        assertThat(errors).containsEntry("startDate", "must not be in the future")
                .containsEntry("settingUrn", "must be a school's URN (6 digits) or a college's UKPRN (8 digits starting with 1), not \"12345\"")
                .containsEntry("senSetting", "name the school or college (its URN or UKPRN) or a SEN setting code, not both")
                .containsEntry("needs", "names SEMH twice: each need once, in rank order");
        assertThat(errors.get("transferredInDate")).startsWith("must not be before the plan's start");
        assertThat(post("/api/cases/" + ref + "/plan", "{\"startDate\":\"" + TODAY + "\",\"needs\":[\"XYZ\"]}")
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/plan", String.class)
                .getStatusCode()).as("no plan was saved").isEqualTo(HttpStatus.NOT_FOUND);

        LocalDate start = TODAY.minusMonths(2);
        ok(post("/api/cases/" + ref + "/plan", "{\"startDate\":\"" + start + "\",\"senSetting\":\"EHE\"}"));
        ResponseEntity<String> badCease = post("/api/cases/" + ref + "/plan/cessation",
                "{\"ceasedDate\":\"" + start.minusDays(1) + "\",\"reason\":10}");
        assertThat(badCease.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(errors(badCease).get("ceasedDate")).startsWith("must not be before the plan's start");
        assertThat(errors(badCease).get("reason")).startsWith("must be a SEN2 cease reason from 1 to 9");
        ResponseEntity<String> badMove = post("/api/cases/" + ref + "/plan/placements",
                "{\"settingUrn\":\"ABCDEF\",\"entryDate\":\"" + TODAY.plusDays(1) + "\"}");
        assertThat(errors(badMove)).containsKeys("settingUrn", "entryDate");
        ResponseEntity<String> notThisWay = post("/api/cases/" + ref + "/plan",
                "{\"startDate\":\"" + start + "\",\"settingUrn\":\"100002\"}");
        assertThat(errors(notThisWay).get("settingUrn")).startsWith("the plan names EHE");
        JsonNode plan = ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref + "/plan",
                String.class));
        assertThat(plan.get("placements")).hasSize(1);
        assertThat(plan.get("ceasedDate").isNull()).isTrue();
    }

    @Test
    void anOpenAssessmentHasNoPlanYet() {
        ResponseEntity<String> registered = post("/api/cases", """
                {"requestDate":"%s","source":"PARENT","child":{"givenName":"Ada","familyName":"Open",
                 "dateOfBirth":"2016-05-01"}}""".formatted(TODAY));
        String ref = registered.getHeaders().getLocation().getPath().replace("/api/cases/", "");
        assertThat(post("/api/cases/" + ref + "/plan", "{\"startDate\":\"" + TODAY + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theManagersListShowsYearSettingStartAndStatusWithoutNames() throws Exception {
        String ref = issuedCase();
        ok(post("/api/cases/" + ref + "/plan", "{\"startDate\":\"" + TODAY.minusMonths(13) + "\",\"settingUrn\":\"100003\"}"));
        JsonNode page = ok(http.withBasicAuth("manager", "demo").getForEntity("/api/plans?size=200&status=MAINTAINED",
                String.class));
        assertThat(page.get("totalPlans").asLong()).isPositive();
        JsonNode row = null;
        for (int i = 0; i < page.get("totalPages").asInt() && row == null; i++) {
            JsonNode pageI = ok(http.withBasicAuth("manager", "demo").getForEntity(
                    "/api/plans?size=200&status=MAINTAINED&page=" + i, String.class));
            for (JsonNode r : pageI.get("plans")) {
                if (r.get("caseRef").asText().equals(ref)) {
                    row = r;
                }
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("setting").asText()).isEqualTo("URN 100003");
        assertThat(row.get("reviewStanding").asText()).isEqualTo("OVERDUE");
        assertThat(row.get("nationalCurriculumYear").isInt()).isTrue();
        assertThat(row.toString()).doesNotContain("Plan-child");
        assertThat(http.withBasicAuth("manager", "demo").getForEntity("/api/plans?status=LIVE", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.withBasicAuth("analyst", "demo").getForEntity("/api/plans", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    // --- helpers

    /** A case whose final plan was issued long ago, brought in by the requests import: it has no plan record yet. */
    private String issuedCase() {
        String ref = p + UUID.randomUUID().toString().substring(0, 4);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        ResponseEntity<String> imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/requests",
                new HttpEntity<>("case_ref,request_date,request_source,decision_date,decision,draft_plan_date,"
                        + "final_plan_date,child_given_name,child_family_name,child_date_of_birth\n"
                        + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Plan-child,Test,2014-10-01\n",
                        headers), String.class);
        assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.OK);
        return ref;
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("caseworker", "demo").postForEntity(path, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json.readTree(response.getBody());
    }

    private Map<String, String> errors(ResponseEntity<String> response) throws Exception {
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
