package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.plan.PlanRepository;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** plans.csv through its API: new cases and existing ones, a second run changing nothing, every error at once. */
@IntegrationTest
class PlansImportIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
    static final String HEADER = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
            + "setting_urn,sen_setting,sen_need,transferred_in_date,ceased_date,cease_reason,team,caseworker\n";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @Autowired PlanRepository plans;

    private final String p = "PL" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void plansLandOnNewAndExistingCasesWithTheirReviewClocksAndASecondRunChangesNothing() throws Exception {
        String existing = p + "held";
        ok(postCsv("/api/imports/requests", "case_ref,request_date,request_source,decision_date,decision,"
                + "draft_plan_date,final_plan_date,child_given_name,child_family_name,child_date_of_birth\n"
                + existing + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Held,Child,2014-10-01\n"));
        LocalDate overdueStart = TODAY.minusMonths(14);
        String file = HEADER
                + p + "1,Ann,Year-Six,2015-01-15,A123456789012,2023-03-01,100001,,SEMH;ASD;SLCN,,,,North,J. Smith\n"
                + p + "2,Bob,Overdue,2010-05-05,," + overdueStart + ",,EHE,MLD," + overdueStart.plusDays(10) + ",,,South,\n"
                + p + "3,Cat,Ceased,2008-02-02,,2020-02-29,10012345,,PD,,2024-07-31,1,,\n"
                + existing + ",,,,,2024-05-20,100002,,SPLD,,,,North,\n";

        JsonNode first = ok(postCsv("/api/imports/plans", file));
        assertThat(first.get("imported").asInt()).isEqualTo(4);
        assertThat(first.get("updated").asInt()).isZero();

        JsonNode ann = getCase(p + "1");
        assertThat(ann.get("status").asText()).isEqualTo("PLAN_ISSUED");
        assertThat(ann.get("requestDate").isNull()).as("no assessment was held here").isTrue();
        assertThat(ann.get("child").get("upn").asText()).isEqualTo("A123456789012");
        JsonNode plan = ann.get("plan");
        assertThat(plan.get("source").asText()).isEqualTo("IMPORT");
        assertThat(plan.get("needs")).extracting(n -> n.get("need").asText()).containsExactly("SEMH", "ASD", "SLCN");
        assertThat(plan.get("placements").get(0).get("entryDate").asText()).isEqualTo("2023-03-01");
        assertThat(clocks(ann)).as("the plan's clocks only: no assessment was held here").contains("ANNUAL_REVIEW")
                .allMatch(k -> !org.sendclock.deadline.Deadline.valueOf(k).isAssessment());

        JsonNode bob = getCase(p + "2").get("plan");
        assertThat(bob.get("placements").get(0).get("senSetting").asText()).isEqualTo("EHE");
        assertThat(bob.get("reviewDue").asText()).isEqualTo(overdueStart.plusMonths(12).toString());
        assertThat(bob.get("reviewStanding").asText()).isEqualTo("OVERDUE");
        JsonNode cat = getCase(p + "3").get("plan");
        assertThat(cat.get("reviewDue").asText()).as("29 February a year on").isEqualTo("2021-02-28");
        assertThat(cat.get("reviewStanding").asText()).isEqualTo("NOT_NEEDED");
        assertThat(cat.get("ceaseReason").asInt()).isEqualTo(1);

        JsonNode held = getCase(existing);
        assertThat(held.get("requestDate").asText()).isEqualTo("2024-01-08");
        assertThat(held.get("child").get("givenName").asText()).as("an empty cell keeps the child").isEqualTo("Held");
        assertThat(clocks(held)).contains("DECISION", "FINAL_PLAN", "ANNUAL_REVIEW");

        JsonNode again = ok(postCsv("/api/imports/plans", file));
        assertThat(again.get("unchanged").asInt()).isEqualTo(4);
        assertThat(again.get("imported").asInt() + again.get("updated").asInt()).isZero();

        String changed = file.replace("SEMH;ASD;SLCN", "ASD;SEMH").replace(",100001,", ",100009,");
        JsonNode third = ok(postCsv("/api/imports/plans", changed));
        assertThat(third.get("updated").asInt()).isEqualTo(1);
        assertThat(third.get("unchanged").asInt()).isEqualTo(3);
        JsonNode annAgain = getCase(p + "1");
        assertThat(annAgain.get("plan").get("placements")).hasSize(2);
        List<String> said = new ArrayList<>();
        annAgain.get("timeline").forEach(e -> said.add(e.get("description").asText()));
        assertThat(said).anyMatch(d -> d.contains("sen_need SEMH;ASD;SLCN → ASD;SEMH")
                && d.contains("setting_urn 100001 → 100009"));
    }

    @Test
    void everyErrorIsListedWithRowAndColumnAndNothingIsWritten() throws Exception {
        long casesBefore = cases.count();
        long plansBefore = plans.count();
        String file = HEADER
                + p + "1,Ann,,2015-01-15,,2023-03-01,1234,EHE,SEMH;XX,,,,,\n"
                + p + "2,Bob,Two,2010-05-05,," + TODAY.plusDays(1) + ",,,,,,,,\n"
                + p + "3,Cat,Three,2008-02-02,,2020-02-01,,,,2019-01-01,2019-06-01,10,,\n"
                + p + "3,Cat,Three,2008-02-02,,2020-02-01,,,,,,,,\n"
                + p + "5,Dan,Five,2008-02-02,,,,,,,2024-01-01,,,\n"
                + p + "6,Fay,Six,2012-02-02,,2024-02-01,,,,,,," + "T".repeat(256) + ",\n";
        ResponseEntity<String> refused = postCsv("/api/imports/plans", file);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> errors = new ArrayList<>();
        json.readTree(refused.getBody()).get("errors").forEach(e -> errors.add(e.get("row").asInt() + " "
                + e.get("column").asText()));
        assertThat(errors).contains("1 child_family_name", "1 setting_urn", "1 sen_setting", "1 sen_need",
                "2 plan_start_date", "3 transferred_in_date", "3 ceased_date", "3 cease_reason", "4 case_ref",
                "5 plan_start_date", "5 cease_reason", "6 team");
        assertThat(refused.getBody()).contains("must be at most 255 characters, the longest team name the task lists "
                + "can offer a case's tasks to");
        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(plans.count()).isEqualTo(plansBefore);

        ResponseEntity<String> dryRun = postCsv("/api/imports/plans?dryRun=true", HEADER
                + p + "9,Eve,Nine,2012-02-02,,2024-02-01,,,,,,,,\n");
        assertThat(json.readTree(dryRun.getBody()).get("imported").asInt()).isEqualTo(1);
        assertThat(cases.findByCaseRef(p + "9")).as("a dry run writes nothing").isEmpty();
        assertThat(http.withBasicAuth("caseworker", "demo").postForEntity("/api/imports/plans",
                new HttpEntity<>(HEADER, csvHeaders()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void anOpenAssessmentIsNotGivenAPlanByImport() throws Exception {
        String open = p + "open";
        ok(postCsv("/api/imports/requests", "case_ref,request_date,request_source\n" + open + "," + TODAY.minusDays(3)
                + ",PARENT\n"));
        ResponseEntity<String> refused = postCsv("/api/imports/plans", HEADER + open + ",,,,," + TODAY + ",,,,,,,,\n");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody()).contains("is still being assessed here");
    }

    private List<String> clocks(JsonNode c) {
        List<String> clocks = new ArrayList<>();
        c.get("clocks").forEach(k -> clocks.add(k.get("clock").asText()));
        return clocks;
    }

    private ResponseEntity<String> postCsv(String path, String csv) {
        return http.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(csv, csvHeaders()),
                String.class);
    }

    private static HttpHeaders csvHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return headers;
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode getCase(String caseRef) throws Exception {
        return ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + caseRef, String.class));
    }
}
