package org.sendclock.assessment;

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

/**
 * What the SEN2 return needs, recorded through the API where the work happens (ADR 26): the child's identifiers and
 * codes, the request's flags, the plan's personal budget take-up and each place's rank, SEN unit and resourced
 * provision; each bad value named, nothing saved; each change on the timeline.
 */
@IntegrationTest
class Sen2RecordIT {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    private final String p = "S2" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void theChildsDetailsAreRecordedCheckedAndShown() throws Exception {
        String ref = issuedCase();
        JsonNode c = ok(post("/api/cases/" + ref + "/child-details", """
                {"upn":"B801200005001","sex":"F","ethnicity":"WBRI","postcode":"sw1a1aa","uln":"9276308686"}"""));
        JsonNode child = c.get("child");
        assertThat(child.get("upn").asText()).isEqualTo("B801200005001");
        assertThat(child.get("sex").asText()).isEqualTo("F");
        assertThat(child.get("ethnicity").asText()).isEqualTo("WBRI");
        assertThat(child.get("postcode").asText()).isEqualTo("SW1A 1AA");
        assertThat(child.get("uln").asText()).isEqualTo("9276308686");
        assertThat(child.get("givenName").asText()).as("the names are kept").isEqualTo("Plan-child");
        assertThat(timeline(c)).anyMatch(e -> e.startsWith("CHILD_DETAILS_RECORDED Child's details for the SEN2"
                + " return: UPN recorded, sex F, ethnicity WBRI, postcode recorded, ULN recorded"));

        // Neither number known: the reason stands alone.
        JsonNode unknown = ok(post("/api/cases/" + ref + "/child-details", """
                {"sex":"F","ethnicity":"WBRI","postcode":"SW1A 1AA","upnUnknownReason":"UN2"}"""));
        assertThat(unknown.get("child").get("upn").isNull()).isTrue();
        assertThat(unknown.get("child").get("upnUnknownReason").asText()).isEqualTo("UN2");
    }

    @Test
    void eachBadValueIsNamedAndNothingIsSaved() throws Exception {
        String ref = issuedCase();
        String before = http.withBasicAuth("caseworker", "demo").getForObject("/api/cases/" + ref, String.class);
        ResponseEntity<String> refused = post("/api/cases/" + ref + "/child-details", """
                {"upn":"A801200005001","sex":"X","ethnicity":"WENG","postcode":"SW1A","uln":"9276308687",
                 "upnUnknownReason":"UN9"}""");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = errors(refused);
        assertThat(errors).containsOnlyKeys("upn", "sex", "ethnicity", "postcode", "uln", "upnUnknownReason");
        assertThat(errors.get("upn")).startsWith("has the wrong check letter");
        assertThat(errors.get("sex")).isEqualTo("must be a SEN2 sex code, one of M, F, U");
        assertThat(errors.get("ethnicity")).startsWith("must be a DfE main ethnicity code");
        assertThat(errors.get("postcode")).isEqualTo("must be a UK postcode, such as SW1A 1AA or M1 1AE");
        assertThat(errors.get("uln")).startsWith("has the wrong check digit");
        assertThat(errors.get("upnUnknownReason")).startsWith("must be a UPN unknown reason");

        Map<String, String> beside = errors(post("/api/cases/" + ref + "/child-details",
                "{\"upn\":\"B801200005001\",\"upnUnknownReason\":\"UN1\"}"));
        assertThat(beside).containsOnlyKeys("upnUnknownReason");
        assertThat(beside.get("upnUnknownReason")).isEqualTo("is only for a child with neither a UPN nor a ULN:"
                + " leave it empty");

        assertThat(errors(post("/api/cases/" + ref + "/child-details", "{\"uln\":\"12345678901\"}")))
                .containsKey("uln");
        assertThat(http.withBasicAuth("caseworker", "demo").getForObject("/api/cases/" + ref, String.class))
                .as("nothing saved").isEqualTo(before);
    }

    @Test
    void aRequestIsRegisteredWithTheChildsReturnDetailsAndABadUpnIsRefused() throws Exception {
        ResponseEntity<String> registered = post("/api/cases", """
                {"requestDate":"%s","source":"PARENT","child":{"givenName":"Ada","familyName":"Return",
                 "dateOfBirth":"2016-03-04","upn":"H801200001001","sex":"M","ethnicity":"BAFR",
                 "postcode":"m1 1ae","uln":"1234567899"}}""".formatted(LocalDate.now(ZoneId.of("Europe/London"))
                .minusDays(10)));
        JsonNode child = ok(registered).get("child");
        assertThat(child.get("sex").asText()).isEqualTo("M");
        assertThat(child.get("ethnicity").asText()).isEqualTo("BAFR");
        assertThat(child.get("postcode").asText()).isEqualTo("M1 1AE");
        assertThat(child.get("uln").asText()).isEqualTo("1234567899");

        Map<String, String> refused = errors(post("/api/cases", """
                {"requestDate":"%s","source":"PARENT","child":{"givenName":"Ada","familyName":"Return",
                 "dateOfBirth":"2016-03-04","upn":"H801200001002","ethnicity":"WHITE"}}""".formatted(
                LocalDate.now(ZoneId.of("Europe/London")).minusDays(10))));
        assertThat(refused).containsOnlyKeys("child.upn", "child.ethnicity");
    }

    @Test
    void theRequestsFlagsAreSetAndNullIsNotKnown() throws Exception {
        String ref = issuedCase();
        JsonNode c = ok(post("/api/cases/" + ref + "/return-flags", """
                {"youthAccommodation":false,"requestMediation":true,"assessmentTribunal":true}"""));
        JsonNode flags = c.get("returnFlags");
        assertThat(flags.get("youthAccommodation").asBoolean()).isFalse();
        assertThat(flags.get("requestMediation").asBoolean()).isTrue();
        assertThat(flags.get("assessmentTribunal").asBoolean()).isTrue();
        assertThat(flags.get("otherTribunal").isNull()).isTrue();
        assertThat(timeline(c)).anyMatch(e -> e.equals("RETURN_FLAGS_RECORDED Request's SEN2 flags: made in relevant"
                + " youth accommodation no, mediation on the request yes, tribunal on the assessment yes"));

        ResponseEntity<String> unreadable = post("/api/cases/" + ref + "/return-flags",
                "{\"youthAccommodation\":\"perhaps\"}");
        assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unreadable.getBody()).contains("youthAccommodation");
    }

    @Test
    void thePlansPersonalBudgetAndEachPlaceAreDescribed() throws Exception {
        String ref = issuedCase();
        JsonNode plan = ok(post("/api/cases/" + ref + "/plan", """
                {"startDate":"2024-05-20","settingUrn":"100001","needs":["SEMH"],"personalBudget":true,
                 "organisedArrangements":true,"directPayments":true}"""));
        assertThat(plan.get("organisedArrangements").asBoolean()).isTrue();
        assertThat(plan.get("directPayments").asBoolean()).isTrue();

        Map<String, String> noBudget = errors(post("/api/cases/" + ref + "/plan", """
                {"startDate":"2024-05-20","needs":["SEMH"],"directPayments":true}"""));
        assertThat(noBudget).containsOnlyKeys("directPayments");

        JsonNode described = ok(post("/api/cases/" + ref + "/plan/placements/1/provision",
                "{\"placementRank\":1,\"senUnit\":true}"));
        JsonNode place = described.get("placements").get(0);
        assertThat(place.get("number").asInt()).isEqualTo(1);
        assertThat(place.get("placementRank").asInt()).isEqualTo(1);
        assertThat(place.get("senUnit").asBoolean()).isTrue();
        assertThat(place.get("resourcedProvision").asBoolean()).isFalse();

        JsonNode moved = ok(post("/api/cases/" + ref + "/plan/placements", """
                {"settingUrn":"10012345","entryDate":"2025-09-01","placementRank":2,"resourcedProvision":true}"""));
        JsonNode second = moved.get("placements").get(1);
        assertThat(second.get("placementRank").asInt()).isEqualTo(2);
        assertThat(second.get("resourcedProvision").asBoolean()).isTrue();

        assertThat(errors(post("/api/cases/" + ref + "/plan/placements/2/provision", "{\"placementRank\":0}")))
                .containsEntry("placementRank", "must be a whole number from 1 (the main setting) to 9");
        assertThat(post("/api/cases/" + ref + "/plan/placements/3/provision", "{\"placementRank\":1}")
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(errors(post("/api/cases/" + ref + "/plan/placements", """
                {"settingUrn":"20012345","entryDate":"2025-10-01"}""")).get("settingUrn"))
                .as("a UKPRN starts with 1").contains("8 digits starting with 1");

        JsonNode c = ok(http.withBasicAuth("caseworker", "demo").getForEntity("/api/cases/" + ref, String.class));
        assertThat(timeline(c)).contains("PLACEMENT_DESCRIBED Setting URN 100001 described: rank 1, SEN unit");
    }

    private static List<String> timeline(JsonNode c) {
        List<String> entries = new ArrayList<>();
        c.get("timeline").forEach(e -> entries.add(e.get("kind").asText() + " " + e.get("description").asText()));
        return entries;
    }

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
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        Map<String, String> errors = new LinkedHashMap<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> errors.put(e.get("field").asText(),
                e.get("message").asText()));
        return errors;
    }
}
