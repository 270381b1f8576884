package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case page: the child, every statutory clock as it stands today, the advice awaited, the timeline. */
@IntegrationTest
class CasePageIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired Clock clock;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;

    @Test
    void aCaseworkerSeesEveryClockWithWhereItStandsToday() throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate requested = today.minusWeeks(8);
        Browser api = Browser.basic(port, "caseworker", "demo");
        String ref = json.readTree(api.postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Amara","familyName":"Okafor","dateOfBirth":"2018-05-14"}}
                """.formatted(requested)).body()).get("caseRef").asText();
        api.postJson("/api/cases/" + ref + "/decision", "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + today + "\"}");
        api.postJson("/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"provider\":\"Northshire ICB\",\"requestedDate\":\"" + today + "\"}");

        HttpResponse<String> page = Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref);

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Amara Okafor", "Statutory clocks",
                "Decision whether to assess (week 6)", "done 14 days late",
                "health (Northshire ICB)", "42 days left",
                "Final plan (week 20)", (140 - 56) + " days left",
                "Health advice from Northshire ICB", "Decided to assess",
                "alt=\"The assessment process, at: ", "Await advice");

        HttpResponse<String> svg = Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref + "/diagram.svg");
        assertThat(svg.headers().firstValue("Content-Type")).get().asString().startsWith("image/svg+xml");
        assertThat(svg.body()).startsWith("<svg").contains(">Decide whether<", "stroke=\"#f47738\"");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref + "/diagram.svg?around=current")
                .body()).startsWith("<svg").contains("stroke=\"#f47738\"", "width=\"" + ProcessDiagram.AROUND_WIDTH + "\"");
    }

    @Test
    void aTaskWithoutADueDateSaysNoDueDateRatherThanNull() throws Exception {
        Browser api = Browser.basic(port, "caseworker", "demo");
        String ref = json.readTree(api.postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Amara","familyName":"Okafor","dateOfBirth":"2018-05-14"}}
                """.formatted(LocalDate.now(clock).minusWeeks(8))).body()).get("caseRef").asText();
        // The week 6 decision passed two weeks ago: its timer raises the managers' escalation, a task with no due date.
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(instance).activityId("DecisionOverdue")
                .executable().list()) {
            management.executeJob(job.getId());
        }

        String page = Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).body();
        assertThat(page).contains("Acknowledge: Week 6 decision breached", "Decide whether to assess, due ")
                .doesNotContain("null");
    }

    @Test
    void aCaseWithNoProcessRunningSaysSoPlainly() throws Exception {
        Browser api = Browser.basic(port, "caseworker", "demo");
        LocalDate today = LocalDate.now(clock);
        String ref = json.readTree(api.postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT","caseworker":"caseworker","team":"North",
                 "child":{"givenName":"Wren","familyName":"Withdrawn","dateOfBirth":"2018-05-14"}}
                """.formatted(today.minusWeeks(2))).body()).get("caseRef").asText();
        String open = Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).body();
        assertThat(open).contains("id=\"diagram\"", "href=\"#decision-form\">Decide whether to assess, due ",
                ">Assessment</td>").doesNotContain("id=\"no-process\"", "id=\"diagram-heading\"");

        assertThat(api.postJson("/api/cases/" + ref + "/withdrawal", "{\"withdrawnDate\":\"" + today + "\"}")
                .statusCode()).isEqualTo(200);
        String page = Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).body();
        assertThat(page).contains("id=\"no-process\"", "No process is running on this case now", "id=\"nothing-to-do\"")
                .doesNotContain("id=\"diagram\"", "id=\"open-tasks\"");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref + "/diagram.svg?review=1")
                .statusCode()).as("a review the case does not have").isEqualTo(404);
    }

    @Test
    void anUnknownCaseIsAPageNotFoundAndTheAnalystMayNotOpenCases() throws Exception {
        HttpResponse<String> missing = Browser.signedIn(port, "caseworker", "demo").get("/cases/EHC-999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
        assertThat(Browser.signedIn(port, "analyst", "demo").get("/cases/EHC-000001").statusCode()).isEqualTo(403);
    }

    @Test
    void eachRoleStartsWhereItsWorkIs() throws Exception {
        HttpResponse<String> landing = Browser.signedIn(port, "analyst", "demo").get("/");
        assertThat(landing.statusCode()).isEqualTo(302);
        assertThat(landing.headers().firstValue("Location")).get().asString().endsWith("/performance");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/").headers().firstValue("Location")).get()
                .asString().endsWith("/my-work");
        assertThat(Browser.signedIn(port, "manager", "demo").get("/").headers().firstValue("Location")).get()
                .asString().endsWith("/oversight");
        assertThat(Browser.signedIn(port, "admin", "demo").get("/").headers().firstValue("Location")).get()
                .asString().endsWith("/cases");
    }
}
