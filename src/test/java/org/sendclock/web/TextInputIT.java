package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Control characters and lone surrogates in any text are refused before anything is written, naming the field and
 * the character, never echoing the text: a named 400 from the API and the pages, an import error by row and column.
 * Before, a NUL in a child's name reached PostgreSQL and answered 500.
 */
@IntegrationTest
class TextInputIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired TestRestTemplate http;
    @Autowired CaseRepository cases;

    @Test
    void aNulInAChildsNameIsANamed400FromTheApiAndNothingIsSaved() throws Exception {
        long before = cases.count();
        HttpResponse<String> response = api().postJson("/api/cases", request("Oka\\u0000for", "Ada"));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = json.readTree(response.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("child.familyName");
        assertThat(error.get("message").asText()).isEqualTo("must not contain a control character (U+0000 at character 4)");
        assertThat(response.body()).doesNotContain("Oka", "for\"");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void otherControlCharactersAndHalfSurrogatesAreRefusedInEveryTextFieldOfTheApi() throws Exception {
        HttpResponse<String> escape = api().postJson("/api/cases", request("Okafor", "\\u001b[2JAda"));
        assertThat(escape.statusCode()).isEqualTo(400);
        assertThat(escape.body()).contains("child.givenName", "U+001B at character 1");

        HttpResponse<String> half = api().postJson("/api/cases", request("Okafor\\ud83d", "Ada"));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("child.familyName", "half of a surrogate pair (U+D83D at character 7)");

        HttpResponse<String> lineBreaks = api().postJson("/api/cases", request("Okafor", "Ada"));
        assertThat(lineBreaks.statusCode()).as("a clean request still goes through").isEqualTo(201);
        String ref = json.readTree(lineBreaks.body()).get("caseRef").asText();
        HttpResponse<String> note = api().postJson("/api/cases/" + ref + "/withdrawal",
                "{\"withdrawnDate\":\"2026-01-20\",\"note\":\"Family moved.\\r\\nSee letter\\u0007\"}");
        assertThat(note.statusCode()).as(note.body()).isEqualTo(400);
        assertThat(note.body()).contains("\"note\"", "U+0007 at character 26");
    }

    @Test
    void aQueryParameterOrPathWithAControlCharacterIsANamed400() throws Exception {
        HttpResponse<String> search = api().get("/api/cases?caseworker=Oka%00for");
        assertThat(search.statusCode()).as(search.body()).isEqualTo(400);
        assertThat(search.body()).contains("\"caseworker\"", "U+0000 at character 4").doesNotContain("Oka");

        HttpResponse<String> path = api().get("/api/cases/EHC%07-1");
        assertThat(path.statusCode()).as(path.body()).isEqualTo(400);
        assertThat(path.body()).contains("\"caseRef\"", "U+0007 at character 4");
    }

    @Test
    void aPageFormWithANulIsA400PageNamingTheField() throws Exception {
        long before = cases.count();
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        HttpResponse<String> page = caseworker.postForm("/cases/new", "requestDay=5&requestMonth=1&requestYear=2026"
                + "&source=PARENT&givenName=Ada&familyName=Oka%00for&birthDay=1&birthMonth=9&birthYear=2016&team=North");

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("familyName must not contain a control character (U+0000 at character 4)")
                .doesNotContain("Oka");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void anImportCellWithAControlCharacterIsAnErrorNamingRowAndColumn() throws Exception {
        String csv = "case_ref,request_date,child_given_name,child_family_name,child_date_of_birth\n"
                + "TI-1,2024-01-05,Ada,Okafor,2016-09-01\n"
                + "TI-2,2024-01-05,Ada,Oka\u0000for,2016-09-01\n"
                + "TI-3,2024-01-05,\u0085Ada,Okafor,2016-09-01\n";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        ResponseEntity<String> response = http.withBasicAuth("admin", "demo")
                .postForEntity("/api/imports/requests", new HttpEntity<>(csv, headers), String.class);
        assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(422);
        JsonNode refused = json.readTree(response.getBody());
        assertThat(refused.get("errors").toString()).doesNotContain("Oka\\u0000for");
        assertThat(refused.get("errors")).anySatisfy(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(2);
            assertThat(e.get("column").asText()).isEqualTo("child_family_name");
            assertThat(e.get("message").asText()).isEqualTo("must not contain a control character (U+0000 at character 4)");
        });
        assertThat(refused.get("errors")).anySatisfy(e -> {
            assertThat(e.get("row").asInt()).isEqualTo(3);
            assertThat(e.get("column").asText()).isEqualTo("child_given_name");
            assertThat(e.get("message").asText()).isEqualTo("must not contain a control character (U+0085 at character 1)");
        });
        assertThat(cases.findByCaseRef("TI-1")).as("all or nothing").isEmpty();
    }

    private Browser api() {
        return Browser.basic(port, "caseworker", "demo");
    }

    private static String request(String familyName, String givenName) {
        return """
                {"requestDate":"2026-01-15","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"%s","familyName":"%s","dateOfBirth":"2016-09-01"}}""".formatted(givenName, familyName);
    }
}
