package org.sendclock.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The reviews measure's kept monthly figures (ADR 37) follow every kind of write that changes a month: an import's
 * new clocks written as plain rows and its reviews, a re-import moving a decision to another month, a plan ceased
 * through the API. Each time the table is read after the change, its figures move by what the change did, and every
 * figure is still the length of the list it opens (which is read from the facts, row by row, not kept). A month
 * nothing touched is not counted again.
 */
@IntegrationTest
class ReviewMonthFiguresIT {

    private static final String RANGE = "from=2008-01&to=2008-06";
    private static final String[] FIGURES = {"due", "onTime", "decided", "decidedWithin4Weeks", "amended",
            "amendedWithin8Weeks", "amendedWithin12WeeksOfMeeting", "maintained", "amendedDecisions", "ceased"};
    private static final String PLANS = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,"
            + "plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,"
            + "caseworker\n";
    private static final String REVIEWS = "case_ref,meeting_date,decision,decision_date,amendments_proposed_date,"
            + "amended_plan_date,phase_transfer\n";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private final String p = "RMF" + UUID.randomUUID().toString().substring(0, 6) + "-";

    @Test
    void aMonthsFiguresFollowEveryWriteThatChangesIt() throws Exception {
        JsonNode before = table();
        everyFigureIsItsList(before);
        assertThat(jdbc.queryForObject("select count(*) from review_month_figures where year_month between 200801"
                + " and 200806 and counted_at_change = changes", Integer.class)).as("read once, kept").isEqualTo(6);

        // Three plans due for review in March 2008, with their reviews, in one import: the review clocks are written
        // as plain rows, the reviews through Hibernate.
        String plans = PLANS
                + p + "1,Ann,Maintained,1996-01-15,,2007-03-05,100001,,SEMH,,,,North,\n"
                + p + "2,Bob,Unreviewed,1996-01-15,,2007-03-12,100002,,MLD,,,,North,\n"
                + p + "3,Cat,Amended,1996-01-15,,2007-03-20,100003,,SLD,,,,North,\n";
        ok(importBoth(plans, REVIEWS
                + p + "1,2008-02-20,MAINTAIN,2008-03-04,,,\n"
                + p + "3,2008-03-01,AMEND,2008-03-10,,2008-04-20,\n"));
        JsonNode imported = table();
        everyFigureIsItsList(imported);
        // March: three due, two reviewed by their due dates, two decided within four weeks of their meetings.
        assertThat(moved(before, imported, 2)).containsExactly(3L, 2L, 2L, 2L, 0L, 0L, 0L, 1L, 1L, 0L);
        // April: the amended plan, within eight weeks of the proposal and twelve of the meeting.
        assertThat(moved(before, imported, 3)).containsExactly(0L, 0L, 0L, 0L, 1L, 1L, 1L, 0L, 0L, 0L);
        long juneChanges = changes(200806);

        // The first plan's decision corrected to April: after its due date, and no longer March's.
        ok(importBoth(plans, REVIEWS
                + p + "1,2008-02-20,MAINTAIN,2008-04-02,,,\n"
                + p + "3,2008-03-01,AMEND,2008-03-10,,2008-04-20,\n"));
        JsonNode corrected = table();
        everyFigureIsItsList(corrected);
        assertThat(moved(imported, corrected, 2)).containsExactly(0L, -1L, -1L, -1L, 0L, 0L, 0L, -1L, 0L, 0L);
        assertThat(moved(imported, corrected, 3)).as("decided in April, 42 days after the meeting")
                .containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 1L, 0L, 0L);

        // The unreviewed plan ceased before its review fell due: no longer due in March.
        ResponseEntity<String> ceased = http.withBasicAuth("caseworker", "demo").postForEntity(
                "/api/cases/" + p + "2/plan/cessation",
                jsonBody("{\"ceasedDate\":\"2008-03-01\",\"reason\":2}"), String.class);
        assertThat(ceased.getStatusCode()).as(ceased.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode afterCease = table();
        everyFigureIsItsList(afterCease);
        assertThat(moved(corrected, afterCease, 2)).containsExactly(-1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);

        assertThat(changes(200806)).as("June: nothing of it was written").isEqualTo(juneChanges);
        assertThat(jdbc.queryForObject("select count(*) from review_month_figures where year_month between 200801"
                + " and 200806 and counted_at_change = changes", Integer.class)).as("all kept again").isEqualTo(6);
    }

    /** Each figure of each month of the table is the count of the list it opens. */
    private void everyFigureIsItsList(JsonNode table) throws Exception {
        for (JsonNode month : table.get("months")) {
            String ym = month.get("month").asText();
            for (String figure : FIGURES) {
                assertThat(get("/api/kpis/reviews/cases?month=" + ym + "&measure=" + figure).get("count").asLong())
                        .as(figure + " in " + ym).isEqualTo(month.get(figure).asLong());
            }
        }
    }

    /** How each figure of one month moved between two readings of the table. */
    private static long[] moved(JsonNode from, JsonNode to, int month) {
        long[] moved = new long[FIGURES.length];
        for (int i = 0; i < FIGURES.length; i++) {
            moved[i] = to.get("months").get(month).get(FIGURES[i]).asLong()
                    - from.get("months").get(month).get(FIGURES[i]).asLong();
        }
        return moved;
    }

    private long changes(int yearMonth) {
        return jdbc.queryForObject("select changes from review_month_figures where year_month = ?", Long.class,
                yearMonth);
    }

    private JsonNode table() throws Exception {
        return get("/api/kpis/reviews?" + RANGE);
    }

    private JsonNode get(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("analyst", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private ResponseEntity<String> importBoth(String plans, String reviews) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("plans", file("plans.csv", plans));
        parts.add("reviews", file("reviews.csv", reviews));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans", new HttpEntity<>(parts, headers),
                String.class);
    }

    private static ByteArrayResource file(String name, String content) {
        return new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static HttpEntity<String> jsonBody(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static void ok(ResponseEntity<String> response) {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    }
}
