package org.sendclock.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.sendclock.support.Browser;
import org.sendclock.support.EngineTime;

/**
 * A case of no team worked far enough through the API that every path variable of the product has a real value: an
 * escalation (its week 6 decision was late), an advice request, a reg 10(4) exception, open tasks, its process.
 * Made as the demo caseworker and manager would, through the API.
 */
record WorkedCase(String caseRef, long adviceRequestId, long exceptionId, long escalationId, String taskId,
                  String processInstanceId) {

    static WorkedCase make(int port, ObjectMapper json, ManagementService management, RuntimeService runtime)
            throws Exception {
        Browser caseworker = Browser.basic(port, "caseworker", "demo");
        LocalDate requested = LocalDate.now(EngineTime.LONDON).minusWeeks(10);
        String caseRef = json.readTree(ok(caseworker.postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT",
                 "child":{"givenName":"Matrix","familyName":"Case","dateOfBirth":"2017-02-03"}}"""
                .formatted(requested)), 201)).get("caseRef").asText();
        String processInstanceId = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseRef)
                .singleResult().getId();
        // The week 6 decision's timer is already due: it records the breach and escalates it to the managers.
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId("DecisionOverdue")
                .executable().list()) {
            management.executeJob(job.getId());
        }
        ok(caseworker.postJson("/api/cases/" + caseRef + "/decision", """
                {"decision":"ASSESS","decisionDate":"%s"}""".formatted(requested.plusDays(50))), 200);
        ok(caseworker.postJson("/api/cases/" + caseRef + "/advice-requests", """
                {"adviceType":"HEALTH","provider":"ICB","requestedDate":"%s"}""".formatted(requested.plusDays(51))),
                201);
        JsonNode view = json.readTree(ok(caseworker.postJson("/api/cases/" + caseRef + "/exceptions", """
                {"reason":"EXCEPTIONAL_PERSONAL_CIRCUMSTANCES","startDate":"%s","note":"family illness"}"""
                .formatted(requested.plusDays(52))), 201));
        JsonNode escalations = json.readTree(ok(Browser.basic(port, "manager", "demo")
                .get("/api/cases/" + caseRef + "/escalations"), 200));
        if (escalations.isEmpty()) {
            throw new IllegalStateException("no escalation on " + caseRef + ": " + escalations);
        }
        return new WorkedCase(caseRef, view.get("advice").get(0).get("id").asLong(),
                view.get("exceptions").get(0).get("id").asLong(), escalations.get(0).get("id").asLong(),
                adviceTask(view, caseRef), processInstanceId);
    }

    /** The caseworkers' task of waiting for the advice, nobody's yet (My work's forms act on it). */
    private static String adviceTask(JsonNode view, String caseRef) {
        for (JsonNode task : view.get("openTasks")) {
            if ("AwaitAdvice".equals(task.get("taskKey").asText()) && task.get("assignee").isNull()) {
                return task.get("taskId").asText();
            }
        }
        throw new IllegalStateException("no unassigned advice task on " + caseRef + ": " + view.get("openTasks"));
    }

    private static String ok(HttpResponse<String> response, int status) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.uri() + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return response.body();
    }
}
