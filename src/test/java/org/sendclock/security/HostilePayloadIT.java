package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Hostile text typed into every free-text field through the API comes back as text on every page that shows it:
 * HTML-escaped (never markup of its own), Thymeleaf expressions shown, not evaluated, and stored exactly (the API and
 * the caseload export give it back, the export neutralising formula starts). One case per payload carries it in the
 * child's names and setting, the decision's reasons, three providers, a chase note, an excusal note, a withdrawal
 * reason, a reason advice is not sought, an exception note, an escalation's acknowledgement note and a reassignment
 * reason; the payload is also the search text. Every CSV endpoint's formula neutralising is {@code SafeCsvIT}'s;
 * control characters, refused, are {@code TextInputIT}'s.
 */
@IntegrationTest
class HostilePayloadIT {

    private static final String LONG = ("<script>alert('long')</script>" + "Okafor-Smith ".repeat(300))
            .substring(0, 3000);

    static final List<String> PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "javascript:alert(1)",
            "{{7*7}}",
            "${7*7}",
            "[[${7*7}]]",
            "' OR '1'='1",
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "@SUM(1+1)",
            "Ada\u202Erofako.exe",
            LONG,
            "\uD83D\uDC69\u200D\uD83D\uDC67 \uD835\uDD04\uD835\uDD21\uD835\uDD1E \uD83D\uDE00",
            "Ada%00Okafor",
            "</textarea><b>bold</b>");

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;

    @Test
    void everyPayloadInEveryFreeTextFieldComesBackAsTextOnEveryPageAndInTheExport() throws Exception {
        Map<String, String> cases = new LinkedHashMap<>();
        for (String payload : PAYLOADS) {
            cases.put(payload, caseCarrying(payload));
        }
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        Browser manager = Browser.signedIn(port, "manager", "demo");
        Browser analyst = Browser.signedIn(port, "analyst", "demo");
        Map<String, String> sharedPages = new LinkedHashMap<>();
        sharedPages.put("the case list", ok(caseworker.get("/cases")));
        sharedPages.put("My work", ok(caseworker.get("/my-work?size=200")));
        sharedPages.put("the managers' register", ok(manager.get("/oversight?size=200")));
        sharedPages.put("the manager's My work", ok(manager.get("/my-work?size=200")));
        sharedPages.put("the performance dashboard", ok(analyst.get("/performance")));
        String export = ok(Browser.basic(port, "admin", "demo").get("/api/exports/requests.csv"));

        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> entry : cases.entrySet()) {
            String payload = entry.getKey();
            String ref = entry.getValue();
            String name = fit(payload, 100);
            String label = "payload " + PAYLOADS.indexOf(payload) + " (" + fit(payload, 30) + ")";

            JsonNode view = json.readTree(ok(Browser.basic(port, "caseworker", "demo").get("/api/cases/" + ref)));
            if (!view.get("child").get("familyName").asText().equals(name)
                    || !view.get("decisionReasons").asText().equals(payload)) {
                wrong.add(label + ": not stored exactly: " + view.get("child"));
            }

            Map<String, String> pages = new LinkedHashMap<>(sharedPages);
            String casePage = ok(caseworker.get("/cases/" + ref));
            pages.put("its case page", casePage);
            String search = ok(caseworker.postForm("/cases", "text=" + URLEncoder.encode(name, StandardCharsets.UTF_8)));
            pages.put("the search for it", search);
            for (Map.Entry<String, String> page : pages.entrySet()) {
                wrong.addAll(rawIn(page.getValue(), label + " on " + page.getKey()));
            }
            if (!casePage.contains(escaped(name)) || !casePage.contains(escaped(payload))) {
                wrong.add(label + ": its case page does not show the name and the full text, escaped");
            }
            if (!search.contains(ref) || !search.contains("value=\"" + escaped(name) + "\"")) {
                wrong.add(label + ": the search does not find the case or show what was searched for, escaped");
            }
            if (!export.contains(ref + ",") || !export.contains(csvCell(name))) {
                wrong.add(label + ": the caseload export does not hold the name as " + csvCell(name));
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** What would be markup or an evaluated expression of the payload's own on the page. */
    private static List<String> rawIn(String html, String where) {
        List<String> found = new ArrayList<>();
        for (String payload : PAYLOADS) {
            String part = fit(payload, 100);
            boolean markup = part.contains("<") || part.contains(">") || part.contains("\"");
            if (markup && html.contains(part)) {
                found.add(where + ": raw " + part);
            }
        }
        for (String forbidden : List.of("<script>alert", "<img src=x", "<b>bold</b>", "href=\"javascript:",
                "src=\"javascript:")) {
            if (html.contains(forbidden)) {
                found.add(where + ": " + forbidden);
            }
        }
        return found;
    }

    /** A case whose every free-text field holds the payload (cut to the field's length where it is shorter). */
    private String caseCarrying(String payload) throws Exception {
        Browser caseworker = Browser.basic(port, "caseworker", "demo");
        LocalDate requested = LocalDate.now(EngineTime.LONDON).minusWeeks(20);
        LocalDate today = LocalDate.now(EngineTime.LONDON);
        String ref = post(caseworker, "/api/cases", 201, Map.of("requestDate", requested, "source", "PARENT",
                "child", Map.of("givenName", fit(payload, 100), "familyName", fit(payload, 100),
                        "dateOfBirth", "2017-02-03", "setting", fit(payload, 200)))).get("caseRef").asText();
        // The week 6 decision's timer, already due, escalates the breach to the managers.
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(instance).activityId("DecisionOverdue")
                .executable().list()) {
            management.executeJob(job.getId());
        }
        post(caseworker, "/api/cases/" + ref + "/decision", 200, Map.of("decision", "ASSESS",
                "decisionDate", requested.plusDays(50), "reasons", payload));
        Map<String, Long> advice = new LinkedHashMap<>();
        for (String type : List.of("HEALTH", "EDUCATION", "SOCIAL_CARE")) {
            JsonNode view = post(caseworker, "/api/cases/" + ref + "/advice-requests", 201, Map.of("adviceType", type,
                    "provider", fit(payload, 200), "requestedDate", requested.plusDays(51)));
            view.get("advice").forEach(a -> advice.put(a.get("adviceType").asText(), a.get("id").asLong()));
        }
        // The advice is overdue: its timers, run now, ask for the chase.
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
            management.executeJob(job.getId());
        }
        String adviceRequests = "/api/cases/" + ref + "/advice-requests/";
        post(caseworker, adviceRequests + advice.get("HEALTH") + "/chase", 200,
                Map.of("chasedDate", today, "note", fit(payload, 3000)));
        post(caseworker, adviceRequests + advice.get("HEALTH") + "/receipt", 200, Map.of("receivedDate", today));
        post(caseworker, adviceRequests + advice.get("EDUCATION") + "/exception", 200,
                Map.of("reason", "EXCEPTIONAL_CIRCUMSTANCES", "note", payload, "excusedDate", today));
        post(caseworker, adviceRequests + advice.get("SOCIAL_CARE") + "/withdrawal", 200,
                Map.of("withdrawnDate", today, "reason", payload));
        post(caseworker, "/api/cases/" + ref + "/advice-not-sought", 201,
                Map.of("adviceType", "EDUCATIONAL_PSYCHOLOGY", "reason", payload));
        post(caseworker, "/api/cases/" + ref + "/exceptions", 201, Map.of("reason",
                "EXCEPTIONAL_PERSONAL_CIRCUMSTANCES", "startDate", requested.plusDays(60), "note", payload));
        Browser manager = Browser.basic(port, "manager", "demo");
        JsonNode escalations = json.readTree(ok(manager.get("/api/cases/" + ref + "/escalations")));
        post(manager, "/api/cases/" + ref + "/escalations/" + escalations.get(0).get("id").asLong()
                + "/acknowledgement", 200, Map.of("note", payload));
        post(manager, "/api/oversight/reassignments", 200, Map.of("caseRefs", List.of(ref),
                "caseworker", "caseworker", "team", "North", "reason", fit(payload, 3000)));
        return ref;
    }

    private JsonNode post(Browser browser, String path, int status, Map<String, Object> body) throws Exception {
        HttpResponse<String> response = browser.postJson(path, json.writeValueAsString(body));
        assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    private static String ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(200);
        return response.body();
    }

    /** The payload cut to a field's length, never through an emoji. */
    private static String fit(String payload, int length) {
        return payload.length() <= length ? payload
                : payload.substring(0, Character.isHighSurrogate(payload.charAt(length - 1)) ? length - 1 : length);
    }

    /** As Thymeleaf writes text and attribute values. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** As a spreadsheet needs the cell: a quote in front of a formula start, quoted when it holds a comma or quote. */
    private static String csvCell(String text) {
        String cell = "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}
