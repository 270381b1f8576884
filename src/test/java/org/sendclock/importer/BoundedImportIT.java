package org.sendclock.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import java.net.http.HttpResponse;
import java.util.Map;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** What a bad file costs: its refusal lists at most the error limit, echoes no more than an excerpt of any cell. */
@IntegrationTest
class BoundedImportIT {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired CaseRepository cases;
    @LocalServerPort int port;

    private final String p = "B" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void errorsPastTheLimitAreCountedNotListedAndNothingIsWritten() throws Exception {
        StringBuilder csv = new StringBuilder("case_ref,request_date,decision_date,decision\n");
        csv.append(p).append("0,2024-01-08,,\n"); // a good row: written only if the whole file is
        for (int i = 1; i <= 1_500; i++) { // two errors a row: UK-style dates
            csv.append(p).append(i).append(",08/01/2024,12/02/2024,ASSESS\n");
        }
        csv.append(p).append("long,").append("9".repeat(5_000)).append(",,\n");
        long before = cases.count();

        ResponseEntity<String> response = postCsv(csv.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.get("errors")).hasSize(1_000);
        assertThat(problem.get("moreErrors").asLong()).isEqualTo(2_001);
        assertThat(problem.get("detail").asText())
                .startsWith("1,000 errors listed and 2,001 more; nothing was imported");
        assertThat(problem.get("errors").get(0).get("message").asText())
                .isEqualTo("must be a real date written YYYY-MM-DD, not \"08/01/2024\"");
        assertThat(cases.count()).isEqualTo(before);
        assertThat(cases.existsByCaseRef(p + "0")).isFalse();
    }

    @Test
    void noErrorEchoesMoreThanAnExcerptOfACell() throws Exception {
        String longCell = "Z".repeat(5_000);
        ResponseEntity<String> response = postCsv("case_ref,request_date,request_source,"
                + "a_column_nobody_ever_heard_of_" + longCell + "\n");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(json.readTree(response.getBody()).get("errors").get(0).get("column").asText())
                .isEqualTo("a_column_nobody_ever_heard_of_ZZZZZZZZZZ…");

        response = postCsv("case_ref,request_date,request_source\n" + p + "1,2024-01-08," + longCell + "\n"
                + p + "2," + longCell + ",PARENT\n");
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors.get(0).get("message").asText()).endsWith("not \"" + "Z".repeat(40) + "…\"");
        assertThat(errors.get(1).get("message").asText()).endsWith("not \"" + "Z".repeat(40) + "…\"");
        assertThat(response.getBody()).hasSizeLessThan(2_000);
    }

    @Test
    void aFileWithoutLineBreaksIsRefusedWithANamedErrorAndNotEchoed() throws Exception {
        StringBuilder oneLine = new StringBuilder("case_ref,request_date");
        while (oneLine.length() < 1_000_000) {
            oneLine.append(",case_ref");
        }
        ResponseEntity<String> response = postCsv(oneLine.toString());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        JsonNode errors = json.readTree(response.getBody()).get("errors");
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).get("row").asInt()).isZero();
        assertThat(errors.get(0).get("message").asText()).isEqualTo("a row is longer than 100,000 characters, the most"
                + " one row may hold: each row must end with a line break (is a quote left open?)");
        assertThat(response.getBody()).hasSizeLessThan(1_000);
    }

    @Test
    void thePageListsTheFirstErrorsAndSaysHowManyMore() throws Exception {
        StringBuilder csv = new StringBuilder("case_ref,request_date\n");
        for (int i = 1; i <= 1_200; i++) {
            csv.append(p).append(i).append(",08/01/2024\n");
        }
        Browser admin = Browser.signedIn(port, "admin", "demo");
        HttpResponse<String> refused = admin.postMultipart("/imports", Map.of(), Map.of("requests", csv.toString()));

        assertThat(refused.body()).contains("The files were refused: 1,200 errors. Nothing was imported.",
                "The first 1000 errors, by file and row", "and 200 more errors, not listed");
        assertThat(refused.body()).contains("Each file may be up to <span>200 MB</span>");
    }

    private ResponseEntity<String> postCsv(String csv) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv"));
        return http.withBasicAuth("admin", "demo").postForEntity("/api/imports/requests",
                new HttpEntity<>(csv, headers), String.class);
    }
}
