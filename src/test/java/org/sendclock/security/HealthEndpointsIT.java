package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Health for an orchestrator: readable by anyone as a status; the components only for an administrator. */
@IntegrationTest
class HealthEndpointsIT {

    @Autowired TestRestTemplate http;
    @Autowired ObjectMapper json;

    @Test
    void anyoneReadsTheStatusAndNothingElse() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            ResponseEntity<String> response = http.getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            JsonNode health = json.readTree(response.getBody());
            assertThat(health.get("status").asText()).as(path).isEqualTo("UP");
            assertThat(health.has("components")).as(path + " hides its components").isFalse();
            assertThat(health.has("details")).as(path + " hides its details").isFalse();
        }
    }

    @Test
    void anAdministratorSeesTheDatabaseAndTheJobExecutorInReadiness() throws Exception {
        JsonNode readiness = json.readTree(http.withBasicAuth("admin", "demo")
                .getForEntity("/actuator/health/readiness", String.class).getBody());
        assertThat(readiness.get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").get("db").get("status").asText()).isEqualTo("UP");
        assertThat(readiness.get("components").get("db").get("details").get("database").asText()).isNotBlank();
        // The tests switch job execution off (they fire timers themselves): the indicator says so.
        assertThat(readiness.get("components").get("jobExecutor").get("details").get("jobExecution").asText())
                .isEqualTo("switched off by camunda.bpm.job-execution.enabled");
        assertThat(readiness.get("components").get("readinessState").get("status").asText()).isEqualTo("UP");
    }

    @Test
    void otherUsersSeeOnlyTheStatusAndNoOtherEndpointIsOpen() throws Exception {
        JsonNode health = json.readTree(http.withBasicAuth("caseworker", "demo")
                .getForEntity("/actuator/health", String.class).getBody());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.has("components")).isFalse();
        assertThat(http.getForEntity("/actuator/env", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("admin", "demo").getForEntity("/actuator/env", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }
}
