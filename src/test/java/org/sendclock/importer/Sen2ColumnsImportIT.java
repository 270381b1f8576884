package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
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
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The SEN2 columns of requests.csv and plans.csv: read into the record, checked as the commands check them (every bad
 * value named by row and column, nothing written), an empty cell leaving what is held, and a second run changing
 * nothing.
 */
@IntegrationTest
class Sen2ColumnsImportIT {

    static final String REQUESTS = "case_ref,request_date,request_source,decision_date,decision,draft_plan_date,"
            + "final_plan_date,child_given_name,child_family_name,child_date_of_birth,upn,child_sex,child_ethnicity,"
            + "child_postcode,child_uln,upn_unknown_reason,youth_accommodation\n";
    static final String PLANS = "case_ref,child_given_name,child_family_name,child_date_of_birth,upn,plan_start_date,"
            + "setting_urn,sen_need,child_sex,child_ethnicity,child_postcode,child_uln,upn_unknown_reason,"
            + "placement_rank,sen_unit,resourced_provision,organised_arrangements,direct_payments\n";

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    private final String p = "SC" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void theColumnsLandOnTheCaseAndThePlanAndASecondRunChangesNothing() throws Exception {
        String ref = p + "1";
        String requests = REQUESTS + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Amy,Columns,"
                + "2014-10-01,,F,MWBC,b33 8th,,UN2,Y\n";
        JsonNode first = ok(postCsv("/api/imports/requests", requests));
        assertThat(first.get("imported").asInt()).isEqualTo(1);
        String plans = PLANS + ref + ",,,,,2024-05-20,100001,SEMH,,,,9276308686,,1,Y,N,Y,N\n";
        ok(postCsv("/api/imports/plans", plans));

        JsonNode c = ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class));
        JsonNode child = c.get("child");
        assertThat(child.get("sex").asText()).isEqualTo("F");
        assertThat(child.get("ethnicity").asText()).isEqualTo("MWBC");
        assertThat(child.get("postcode").asText()).isEqualTo("B33 8TH");
        assertThat(child.get("uln").asText()).as("plans.csv's ULN over the held details").isEqualTo("9276308686");
        assertThat(child.get("upnUnknownReason").isNull()).as("a ULN given ends the reason for having neither")
                .isTrue();
        assertThat(c.get("returnFlags").get("youthAccommodation").asBoolean()).isTrue();
        JsonNode plan = c.get("plan");
        assertThat(plan.get("personalBudget").asBoolean()).as("organised arrangements are a budget taken up")
                .isTrue();
        assertThat(plan.get("organisedArrangements").asBoolean()).isTrue();
        assertThat(plan.get("directPayments").asBoolean()).isFalse();
        JsonNode place = plan.get("placements").get(0);
        assertThat(place.get("placementRank").asInt()).isEqualTo(1);
        assertThat(place.get("senUnit").asBoolean()).isTrue();
        assertThat(place.get("resourcedProvision").asBoolean()).isFalse();

        // The request file again, now without a reason (the case has a ULN): unchanged.
        String again = REQUESTS + ref + ",2024-01-08,PARENT,2024-02-12,ASSESS,2024-05-01,2024-05-20,Amy,Columns,"
                + "2014-10-01,,F,MWBC,B33 8TH,,,Y\n";
        assertThat(ok(postCsv("/api/imports/requests", again)).get("unchanged").asInt()).isEqualTo(1);
        assertThat(ok(postCsv("/api/imports/plans", plans)).get("unchanged").asInt()).isEqualTo(1);
    }

    @Test
    void everyBadValueIsNamedByRowAndColumnAndNothingIsWritten() throws Exception {
        long casesBefore = jdbc.queryForObject("select count(*) from assessment_case", Long.class);
        String requests = REQUESTS
                + p + "1,2024-01-08,PARENT,,,,,Bad,Codes,2014-10-01,A801200005001,X,WENG,SW1A,9276308687,UN0,maybe\n"
                + p + "2,2024-01-08,PARENT,,,,,Bad,Reason,2014-10-01,B801200005001,,,,,UN1,\n";
        List<String> requestErrors = errors(postCsv("/api/imports/requests", requests));
        assertThat(requestErrors).contains("1 upn", "1 child_sex", "1 child_ethnicity", "1 child_postcode",
                "1 child_uln", "1 upn_unknown_reason", "1 youth_accommodation", "2 upn_unknown_reason");
        String plans = PLANS
                + p + "3,Bad,Plan,2014-10-01,,2024-05-20,20012345,SEMH,U,,EC1A 1BB,,,0,yes,X,1,N\n";
        List<String> planErrors = errors(postCsv("/api/imports/plans", plans));
        assertThat(planErrors).contains("1 setting_urn", "1 placement_rank", "1 sen_unit", "1 resourced_provision",
                "1 organised_arrangements");
        assertThat(jdbc.queryForObject("select count(*) from assessment_case", Long.class))
                .as("nothing written").isEqualTo(casesBefore);
    }

    private List<String> errors(ResponseEntity<String> refused) throws Exception {
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        List<String> errors = new ArrayList<>();
        json.readTree(refused.getBody()).get("errors").forEach(e -> errors.add(e.get("row").asInt() + " "
                + e.get("column").asText()));
        return errors;
    }

    private ResponseEntity<String> postCsv(String path, String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return http.withBasicAuth("admin", "demo").postForEntity(path, new HttpEntity<>(csv, headers), String.class);
    }

    private JsonNode ok(ResponseEntity<String> response) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
