package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.sendclock.clock.ClockRegister;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A step that collides with another change of the same case is refused with a 409 and a plain reason, and nothing of
 * it is saved. The collision is real: while the step's transaction has the case loaded, a second transaction changes
 * the same row and commits first, so the step's save meets a stale version (optimistic locking).
 */
@IntegrationTest
class ConcurrentStepIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;
    /**
     * The hook into the step's transaction: the decision brings the clock register into line before anything of the
     * step is written to the database.
     */
    @MockitoSpyBean ClockRegister clocks;

    @Test
    void aStepThatCollidesWithAnotherChangeIsA409AndSavesNothing() throws Exception {
        String ref = json.readTree(post("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Amara","familyName":"Okafor","dateOfBirth":"2018-05-14"}}
                """.formatted(TODAY.minusWeeks(2))).getBody()).get("caseRef").asText();
        long versionBefore = version(ref);
        TransactionTemplate meanwhile = new TransactionTemplate(transactions);
        meanwhile.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        doAnswer(call -> {
            // Another transaction (a clock firing, a colleague's step) changes the case and commits first.
            meanwhile.executeWithoutResult(status -> jdbc.update(
                    "update assessment_case set version = version + 1 where case_ref = ?", ref));
            return call.callRealMethod();
        }).when(clocks).update(any(), any());

        ResponseEntity<String> decided = post("/api/cases/" + ref + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + TODAY + "\"}");

        assertThat(decided.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(decided.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(decided.getBody());
        assertThat(problem.get("status").asInt()).isEqualTo(409);
        assertThat(problem.get("title").asText()).isEqualTo("The case changed meanwhile");
        assertThat(problem.get("detail").asText()).isEqualTo("The case changed while your step was being saved (a "
                + "clock fired or a colleague saved a step); nothing was saved — look at the case again and repeat "
                + "the step if it is still needed.");

        // Nothing of the step was saved: only the other transaction's change is there.
        assertThat(version(ref)).isEqualTo(versionBefore + 1);
        JsonNode after = getJson("/api/cases/" + ref);
        assertThat(after.get("decisionDate").isNull()).isTrue();
        assertThat(after.get("openTasks").get(0).get("taskKey").asText()).isEqualTo("DecideWhetherToAssess");
        assertThat(jdbc.queryForObject("select count(*) from timeline_event e join assessment_case c "
                + "on c.id = e.case_id where c.case_ref = ? and e.kind = 'DECIDED_TO_ASSESS'", Long.class, ref))
                .isZero();

        // Repeated, the step goes through.
        doAnswer(call -> call.callRealMethod()).when(clocks).update(any(), any());
        assertThat(post("/api/cases/" + ref + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + TODAY + "\"}").getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    private long version(String ref) {
        return jdbc.queryForObject("select version from assessment_case where case_ref = ?", Long.class, ref);
    }

    private ResponseEntity<String> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("caseworker", "demo").postForEntity(path, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode getJson(String path) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth("caseworker", "demo").getForEntity(path, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }
}
