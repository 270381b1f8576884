package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/**
 * POST /api/imports/sen2: last year's return refused whole when any value is bad, each error named by file, record,
 * module and item and the child's UPN; nothing written. A good return is imported, matched on the UPN the second time.
 */
@IntegrationTest
class Sen2ReturnImportIT {

    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;
    @Autowired Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    private String xml(int collectionYear, String persons) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message><Header><CollectionDetails><Collection>SEN2"
                + "</Collection><Year>" + collectionYear + "</Year></CollectionDetails></Header><Persons>" + persons
                + "</Persons></Message>";
    }

    @Test
    void everyBadValueIsNamedByModuleRecordAndItemAndNothingIsWritten() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        String upn1 = Sen2ReturnRoundTripIT.upn(901);
        String upn2 = Sen2ReturnRoundTripIT.upn(902);
        long before = cases.count();
        ResponseEntity<String> refused = postXml(xml(year + 1,
                "<Person><Surname>Ash</Surname><UPN>" + upn1 + "</UPN><Sex>Q</Sex>"
                        + "<Requests><ReceivedDate>" + year + "-02-30</ReceivedDate><RequestOutcome>Z</RequestOutcome>"
                        + "<RYA>yes</RYA></Requests></Person>"
                        + "<Person><Surname>Birch</Surname><UPN>" + upn2 + "</UPN>"
                        + "<Requests><ReceivedDate>" + year + "-03-02</ReceivedDate><RequestOutcome>A"
                        + "</RequestOutcome><RequestOutcomeDate>" + year + "-04-01</RequestOutcomeDate>"
                        + "<Assessment><AssessmentOutcome>Y</AssessmentOutcome><AssessmentOutcomeDate>" + year
                        + "-08-01</AssessmentOutcomeDate><NamedPlan><StartDate>" + year + "-08-01</StartDate>"
                        + "<Colour>red</Colour></NamedPlan></Assessment>"
                        + "<ActivePlans><PlacementDetail><URN>12</URN><EntryDate>" + year + "-08-01</EntryDate>"
                        + "</PlacementDetail><SENneed><SENtype>XYZ</SENtype><SENtypeRank>1</SENtypeRank></SENneed>"
                        + "</ActivePlans></Requests></Person>"));
        assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(errors(refused)).containsExactlyInAnyOrder(
                "return.xml 1 Requests/RequestOutcome UPN " + upn1 + ": must be one of A, N, W, P, not \"Z\"",
                "return.xml 1 Requests/RYA UPN " + upn1 + ": must be 1 or 0, not \"yes\"",
                "return.xml 2 NamedPlan/Colour UPN " + upn2 + ": is not an item of module 4a (NamedPlan): its items"
                        + " are StartDate, PlanRes, PlanWBP, PB, OA, DP, CeaseDate, CeaseReason",
                "return.xml 2 PlacementDetail/URN UPN " + upn2 + ": must be a school's URN (6 digits) or a college's"
                        + " UKPRN (8 digits starting with 1), not \"12\"");
        assertThat(cases.count()).isEqualTo(before);

        // The codes right, the row checks find the rest: named as the return's items.
        ResponseEntity<String> checked = postXml(xml(year + 1,
                "<Person><Surname>Ash</Surname><UPN>" + upn1 + "</UPN><Sex>Q</Sex>"
                        + "<Requests><ReceivedDate>" + year + "-02-30</ReceivedDate><RequestOutcome>A</RequestOutcome>"
                        + "<RequestOutcomeDate>" + year + "-01-01</RequestOutcomeDate></Requests></Person>"));
        assertThat(errors(checked)).containsExactlyInAnyOrder(
                "return.xml 1 Requests/ReceivedDate UPN " + upn1 + ": must be a real date written YYYY-MM-DD, not \""
                        + year + "-02-30\"",
                "return.xml 1 Person/Sex UPN " + upn1 + ": must be a SEN2 sex code, one of M, F, U");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aGoodReturnIsImportedAndMatchedOnTheUpnTheSecondTime() throws Exception {
        int year = LocalDate.now(clock).getYear() - 1;
        String upn = Sen2ReturnRoundTripIT.upn(903);
        String file = xml(year + 1, "<Person><Surname>Cole</Surname><Forename>Cy</Forename><PersonBirthDate>"
                + "2015-01-01</PersonBirthDate><UPN>" + upn + "</UPN><Requests><ReceivedDate>" + year
                + "-02-03</ReceivedDate><RequestOutcome>N</RequestOutcome><RequestOutcomeDate>" + year
                + "-03-10</RequestOutcomeDate><RequestMediation>1</RequestMediation></Requests></Person>");
        JsonNode first = json.readTree(postXml(file).getBody());
        assertThat(first.at("/requests/imported").asInt()).isEqualTo(1);
        assertThat(cases.findAll().stream().filter(c -> upn.equals(c.getChild().getUpn())).toList())
                .singleElement().satisfies(c -> {
                    assertThat(c.getCaseRef()).startsWith("SEN2-");
                    assertThat(c.returnFlags().requestMediation()).isTrue();
                });
        JsonNode second = json.readTree(postXml(file).getBody());
        assertThat(second.at("/requests/unchanged").asInt()).isEqualTo(1);
        assertThat(second.at("/requests/imported").asInt()).isZero();
        assertThat(second.at("/otherFactsChanged").asInt()).isZero();

        // The module CSVs need the year they cover, and only module names are taken as files.
        LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("people", new ByteArrayResource("CaseRef\n".getBytes()) {
            @Override
            public String getFilename() {
                return "people.csv";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> wrongPart = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/sen2",
                new HttpEntity<>(parts, headers), String.class);
        assertThat(wrongPart.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrongPart.getBody()).contains("is not a module of the return");
    }

    private ResponseEntity<String> postXml(String xml) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_XML);
        return http.withBasicAuth("admin", "demo").postForEntity("/api/imports/sen2", new HttpEntity<>(xml, headers),
                String.class);
    }

    private List<String> errors(ResponseEntity<String> response) throws Exception {
        List<String> found = new ArrayList<>();
        json.readTree(response.getBody()).get("errors").forEach(e -> found.add(e.get("file").asText() + " "
                + e.get("row").asInt() + " " + e.get("column").asText() + " " + e.get("message").asText()));
        return found;
    }
}
