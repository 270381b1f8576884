package org.sendclock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Clocks cannot be stopped behind the record's back (ADR 15): administrators read the engine through Camunda's REST
 * API and Cockpit but cannot change it there; a process ended anyway (through the Java API, as Cockpit does, with the
 * guard opened) is written to the case timeline and flagged on the case page and in the managers' register.
 */
@IntegrationTest
class EngineGuardIT {

    static final String DEMO = "demo";

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired RuntimeService runtime;
    @Autowired IdentityService identity;
    @Autowired AssessmentProcess process;
    @Autowired CaseViews views;

    @Test
    void anAdministratorCannotDeleteOrChangeAProcessThroughCamundasRestApiButCanReadIt() throws Exception {
        String ref = newCase();
        String instance = instanceOf(ref);
        Browser admin = Browser.basic(port, "admin", DEMO);

        HttpResponse<String> delete = admin.send("DELETE", "/engine-rest/process-instance/" + instance, null, Map.of());
        assertThat(delete.statusCode()).isEqualTo(403);
        assertThat(json.readTree(delete.body()).get("title").asText()).isEqualTo("Not allowed");
        assertThat(admin.send("DELETE", "/engine-rest/engine/default/process-instance/" + instance, null, Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(admin.send("PUT", "/engine-rest/process-instance/" + instance + "/suspended",
                "{\"suspended\":true}", Map.of()).statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/engine-rest/process-instance/delete",
                "{\"processInstanceIds\":[\"" + instance + "\"]}").statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/engine-rest/message",
                "{\"messageName\":\"RequestWithdrawn\",\"businessKey\":\"" + ref + "\"}").statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/engine-rest/process-definition/key/ehc-needs-assessment/start", "{}")
                .statusCode()).isEqualTo(403);
        // A read that asks to be treated as a DELETE is not a read.
        assertThat(admin.send("GET", "/engine-rest/process-instance/" + instance, null,
                Map.of("X-HTTP-Method-Override", "DELETE")).statusCode()).isEqualTo(403);

        assertThat(process.isRunning(ref)).isTrue();
        assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::kind).doesNotContain("PROCESS_STOPPED");

        // Reading stays open: GET, and the queries Camunda takes as a POST body.
        assertThat(admin.get("/engine-rest/process-instance/" + instance).statusCode()).isEqualTo(200);
        HttpResponse<String> query = admin.postJson("/engine-rest/process-instance",
                "{\"businessKey\":\"" + ref + "\"}");
        assertThat(query.statusCode()).isEqualTo(200);
        assertThat(json.readTree(query.body()).get(0).get("id").asText()).isEqualTo(instance);
        assertThat(admin.postJson("/engine-rest/task/count", "{\"processInstanceBusinessKey\":\"" + ref + "\"}")
                .statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/engine-rest/history/process-instance/count", "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void cockpitReadsTheEngineButItsChangesAreRefused() throws Exception {
        String ref = newCase();
        String instance = instanceOf(ref);
        Browser admin = Browser.signedIn(port, "admin", DEMO);
        admin.get("/camunda/app/cockpit/default/");
        Map<String, String> camundaToken = Map.of("X-XSRF-TOKEN", admin.cookie("XSRF-TOKEN").orElseThrow());

        assertThat(admin.send("DELETE", "/camunda/api/engine/engine/default/process-instance/" + instance, null,
                camundaToken).statusCode()).isEqualTo(403);
        assertThat(admin.send("PUT", "/camunda/api/engine/engine/default/process-instance/" + instance + "/suspended",
                "{\"suspended\":true}", camundaToken).statusCode()).isEqualTo(403);
        assertThat(admin.postJson("/camunda/api/engine/engine/default/process-instance/" + instance + "/modification",
                "{\"instructions\":[]}", camundaToken).statusCode()).isEqualTo(403);
        assertThat(process.isRunning(ref)).isTrue();

        assertThat(admin.postJson("/camunda/api/engine/engine/default/process-instance",
                "{\"businessKey\":\"" + ref + "\"}", camundaToken).statusCode()).isEqualTo(200);
        assertThat(admin.postJson("/camunda/api/cockpit/plugin/base/default/process-instance/count", "{}",
                camundaToken).statusCode()).isEqualTo(200);
    }

    @Test
    void aProcessDeletedThroughTheEnginesJavaApiIsOnTheTimelineTheCasePageAndTheRegister() throws Exception {
        String ref = newCase();
        String instance = instanceOf(ref);

        // What Cockpit does when its changes are allowed: it tells the engine who is acting, then deletes, skipping
        // the model's own listeners.
        identity.setAuthenticatedUserId("admin");
        try {
            runtime.deleteProcessInstance(instance, "tidying up test data", true, true);
        } finally {
            identity.clearAuthentication();
        }

        assertThat(process.isRunning(ref)).isFalse();
        assertThat(views.of(ref).timeline()).filteredOn(t -> t.kind().equals("PROCESS_STOPPED")).singleElement()
                .satisfies(t -> assertThat(t.description()).startsWith("Process stopped outside SEND Clock by admin")
                        .contains("tidying up test data"));

        String page = Browser.signedIn(port, "caseworker", DEMO).get("/cases/" + ref).body();
        assertThat(page).contains("id=\"process-stopped\"",
                "This case&#39;s process was stopped outside SEND Clock by admin");

        HttpResponse<String> listed = Browser.basic(port, "manager", DEMO).get("/api/oversight/stopped-processes");
        assertThat(listed.statusCode()).isEqualTo(200);
        JsonNode flag = null;
        for (JsonNode row : json.readTree(listed.body())) {
            if (row.get("caseRef").asText().equals(ref)) {
                flag = row;
            }
        }
        assertThat(flag).isNotNull();
        assertThat(flag.get("stoppedBy").asText()).isEqualTo("admin");
        assertThat(flag.get("childName").asText()).isEqualTo("Guard Tested");

        String register = Browser.signedIn(port, "manager", DEMO).get("/oversight").body();
        assertThat(register).contains("id=\"stopped-processes\"", ">" + ref + "<");
    }

    @Test
    void theProductsOwnEndingsAreNotFlagged() throws Exception {
        Browser caseworker = Browser.basic(port, "caseworker", DEMO);
        String withdrawn = newCase();
        assertThat(caseworker.postJson("/api/cases/" + withdrawn + "/withdrawal",
                "{\"withdrawnDate\":\"" + LocalDate.now(clock) + "\"}").statusCode()).isEqualTo(200);
        assertThat(process.isRunning(withdrawn)).isFalse();

        String restated = newCase();
        // An import restating a case stops its process this way before starting another.
        process.stop(restated, "restated by an import");
        assertThat(process.isRunning(restated)).isFalse();

        for (String ref : new String[] {withdrawn, restated}) {
            assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::kind)
                    .doesNotContain("PROCESS_STOPPED");
        }
        String listed = Browser.basic(port, "manager", DEMO).get("/api/oversight/stopped-processes").body();
        assertThat(listed).doesNotContain(withdrawn, restated);
    }

    private String newCase() throws Exception {
        HttpResponse<String> created = Browser.basic(port, "caseworker", DEMO).postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Guard","familyName":"Tested","dateOfBirth":"2018-05-14"}}
                """.formatted(LocalDate.now(clock).minusWeeks(2)));
        assertThat(created.statusCode()).isEqualTo(201);
        return json.readTree(created.body()).get("caseRef").asText();
    }

    private String instanceOf(String ref) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
    }
}
