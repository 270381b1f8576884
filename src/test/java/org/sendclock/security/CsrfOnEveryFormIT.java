package org.sendclock.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.sendclock.support.Browser;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every form of the pages is protected against cross-site posting: each POST mapping outside the API, posted by a
 * signed-in person allowed to use it, with their session but without the CSRF token, answers 403 and changes nothing;
 * the same form with the token goes through and does what it says. The forms come from the handler mappings, so a new
 * form without a row here (and so without this proof) fails the build. The API takes no session for changes at all
 * ({@code SecurityIT}); the login form's token is {@code SecurityIT}'s too.
 */
@IntegrationTest
class CsrfOnEveryFormIT {

    /** A form as a person would fill it in: who posts it and its fields; files make it an upload. */
    record Form(String user, String fields, Map<String, String> files) {

        static Form of(String user, String fields) {
            return new Form(user, fields, Map.of());
        }
    }

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired ManagementService management;
    @Autowired RuntimeService runtime;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping handlerMappings;

    @Test
    void everyFormWithoutItsCsrfTokenIsRefusedAndChangesNothingWithItGoesThrough() throws Exception {
        WorkedCase worked = WorkedCase.make(port, json, management, runtime);
        String undecided = undecidedCase();
        String planned = plannedCase();
        Map<String, Form> forms = forms(worked, undecided, planned);

        Set<String> unlisted = new TreeSet<>(pageForms());
        unlisted.removeAll(forms.keySet());
        assertThat(unlisted).as("forms with no row in CsrfOnEveryFormIT.forms: add each with a filled-in form").isEmpty();
        assertThat(pageForms()).as("no form listed here has gone").containsAll(forms.keySet());

        Map<String, Browser> people = new LinkedHashMap<>();
        for (Form form : forms.values()) {
            if (!people.containsKey(form.user())) {
                people.put(form.user(), Browser.signedIn(port, form.user(), "demo"));
            }
        }
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Form> entry : forms.entrySet()) {
            String before = state(worked, undecided);
            HttpResponse<String> forged = post(people.get(entry.getValue().user()), entry, false, worked, undecided, planned);
            if (forged.statusCode() != 403) {
                wrong.add(entry.getKey() + " without the token answered " + forged.statusCode());
            }
            if (!state(worked, undecided).equals(before)) {
                wrong.add(entry.getKey() + " without the token changed the record");
            }
        }
        for (Map.Entry<String, Form> entry : forms.entrySet()) {
            String before = state(worked, undecided);
            HttpResponse<String> real = post(people.get(entry.getValue().user()), entry, true, worked, undecided, planned);
            if (real.statusCode() == 403) {
                wrong.add(entry.getKey() + " with the token answered 403");
            }
            // The search only reads; every other form, filled in as here, changes the record.
            if (!entry.getKey().equals("POST /cases") && state(worked, undecided).equals(before)) {
                wrong.add(entry.getKey() + " with the token changed nothing (answered " + real.statusCode() + " "
                        + real.headers().firstValue("Location").orElse("") + "): its form here is not a real one");
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** Each form of the pages, in an order in which each, posted with its token, does what it says. */
    private static Map<String, Form> forms(WorkedCase worked, String undecided, String planned) {
        LocalDate today = LocalDate.now(EngineTime.LONDON);
        String date = "Day=" + today.getDayOfMonth() + "&%1$sMonth=" + today.getMonthValue() + "&%1$sYear="
                + today.getYear();
        String ref = worked.caseRef();
        Map<String, Form> forms = new LinkedHashMap<>();
        forms.put("POST /cases", Form.of("caseworker", "text=Matrix"));
        forms.put("POST /cases/new", Form.of("caseworker", "request" + date.formatted("request")
                + "&source=PARENT&givenName=Forged&familyName=Form&birthDay=3&birthMonth=2&birthYear=2017"));
        // The worked case's advice task: taken by the caseworker, passed to a colleague, given back to the team (before the
        // advice is received, which ends it).
        forms.put("POST /my-work/{taskId}/claim", Form.of("caseworker", ""));
        forms.put("POST /my-work/{taskId}/pass-on", Form.of("caseworker", "to=caseworker2"));
        forms.put("POST /my-work/{taskId}/give-back", Form.of("caseworker2", ""));
        forms.put("POST /cases/{caseRef}/decision", Form.of("caseworker", "decision=ASSESS&decision"
                + date.formatted("decision")));
        forms.put("POST /cases/{caseRef}/advice", Form.of("caseworker",
                "adviceType=EDUCATION&provider=School&requested" + date.formatted("requested")));
        forms.put("POST /cases/{caseRef}/advice/{adviceRequestId}/{action}", Form.of("caseworker",
                "date" + date.formatted("date")));
        forms.put("POST /cases/{caseRef}/advice-not-sought", Form.of("caseworker",
                "adviceType=SOCIAL_CARE&reason=not+known+to+social+care"));
        forms.put("POST /cases/{caseRef}/steps/{slug}", Form.of("caseworker",
                "choice=EXCEPTIONAL_PERSONAL_CIRCUMSTANCES&first" + date.formatted("first") + "&note=bereavement"));
        forms.put("POST /cases/{caseRef}/exceptions/{exceptionId}/agreement", Form.of("manager", ""));
        forms.put("POST /cases/{caseRef}/child-details", Form.of("caseworker",
                "sex=F&ethnicity=WBRI&postcode=sw1a1aa&uln=9276308686"));
        forms.put("POST /cases/{caseRef}/return-flags", Form.of("caseworker", "youthAccommodation=no"));
        // The setting the planned case's plan names, described for the SEN2 return.
        forms.put("POST /cases/{caseRef}/plan/placements/{number}", Form.of("caseworker",
                "placementRank=1&senUnit=true"));
        forms.put("POST /oversight/reassignments", Form.of("manager",
                "caseRef=" + ref + "&caseworker=caseworker2&team=North&reason=leave+cover"));
        forms.put("POST /oversight/escalations/acknowledgements", Form.of("manager",
                "escalationId=" + worked.escalationId() + "&note=agreed+with+the+team"));
        // The plan of a case the plans import brought in, recorded again with another need.
        forms.put("POST /cases/{caseRef}/plan/{action}", Form.of("caseworker", "planStart" + date.formatted("planStart")
                .replace("Day=" + today.getDayOfMonth(), "Day=1") + "&needs=SEMH+ASD"));
        // The first review of that plan: its meeting arranged (its process started when the import committed).
        forms.put("POST /cases/{caseRef}/reviews/{cycle}/{step}", Form.of("caseworker", "review"
                + date.formatted("review") + "&arrangedBy=Forged+School"));
        // A re-assessment of that plan asked for by the parent today, then the council's decision to reassess.
        forms.put("POST /cases/{caseRef}/reassessments", Form.of("caseworker", "requestedBy=PARENT&reassessment"
                + date.formatted("reassessment")));
        forms.put("POST /cases/{caseRef}/reassessments/{number}/{step}", Form.of("caseworker",
                "decision=REASSESS&reassessment" + date.formatted("reassessment")));
        forms.put("POST /imports/plans", new Form("admin", "", Map.of("plans", "case_ref,child_given_name,"
                + "child_family_name,child_date_of_birth,plan_start_date,sen_need\nCSRF-PLAN-"
                + UUID.randomUUID().toString().substring(0, 8) + ",Forged,Plan,2014-05-06,2020-09-01,MLD\n")));
        // A review meeting arranged for the planned case: the plan form above may have moved the plan's start to this
        // month, and an arranged meeting may be ahead of today.
        forms.put("POST /imports/reviews", new Form("admin", "", Map.of("reviews", "case_ref,meeting_date\n" + planned
                + "," + LocalDate.now(EngineTime.LONDON).plusDays(30) + "\n")));
        forms.put("POST /imports", new Form("admin", "", Map.of("requests", "case_ref,request_date,request_source,"
                + "decision_date,decision,no_plan_date,draft_plan_date,final_plan_date,caseworker,child_given_name,"
                + "child_family_name,child_date_of_birth\nCSRF-" + UUID.randomUUID().toString().substring(0, 8)
                + ",2019-01-08,PARENT,2019-02-12,ASSESS,,2019-04-01,2019-05-13,,Forged,Upload,2012-03-04\n")));
        return forms;
    }

    /** The form posted to its path, filled with the worked case's values; the decision to the undecided case. */
    private static HttpResponse<String> post(Browser browser, Map.Entry<String, Form> entry, boolean withToken,
                                             WorkedCase worked, String undecided, String planned) throws Exception {
        String path = entry.getKey().substring("POST ".length());
        boolean plan = path.contains("/plan/") || path.contains("/reviews/") || path.contains("/reassessments");
        path = path.replace("{caseRef}", path.endsWith("/decision") ? undecided : plan ? planned : worked.caseRef())
                .replace("{adviceRequestId}", String.valueOf(worked.adviceRequestId()))
                .replace("{action}", plan ? "record" : "received")
                .replace("{cycle}", "1").replace("{number}", "1")
                .replace("{step}", path.contains("/reassessments/") ? "decision" : "meeting")
                .replace("{slug}", "exception").replace("{exceptionId}", String.valueOf(worked.exceptionId()))
                .replace("{taskId}", worked.taskId()).replace("{number}", "1");
        Form form = entry.getValue();
        if (!form.files().isEmpty()) {
            return withToken ? browser.postMultipart(path, Map.of(), form.files())
                    : browser.postMultipartWithoutCsrfToken(path, Map.of(), form.files());
        }
        return withToken ? browser.postForm(path, form.fields())
                : browser.postFormWithoutCsrfToken(path, form.fields());
    }

    /** What any of the forms would change: the rows of the cases, their advice, exceptions, escalations and tasks. */
    private String state(WorkedCase worked, String undecided) {
        return List.of(
                jdbc.queryForList("select count(*) from assessment_case"),
                jdbc.queryForList("select * from assessment_case where case_ref in (?, ?) order by case_ref",
                        worked.caseRef(), undecided),
                jdbc.queryForList("select count(*) from timeline_event"),
                jdbc.queryForList("select count(*) from advice_request"),
                jdbc.queryForList("select * from advice_request where id = ?", worked.adviceRequestId()),
                jdbc.queryForList("select count(*) from advice_not_sought"),
                jdbc.queryForList("select * from case_exception where id = ?", worked.exceptionId()),
                jdbc.queryForList("select count(*) from case_exception"),
                jdbc.queryForList("select * from escalation where id = ?", worked.escalationId()),
                jdbc.queryForList("select id_, assignee_ from act_ru_task where id_ = ?", worked.taskId()))
                .toString();
    }

    /** A case the plans import brings in with its plan, through the API. */
    private String plannedCase() throws Exception {
        String ref = "CSRF-PLANNED-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> imported = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/imports/plans"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes()))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("case_ref,child_given_name,child_family_name,"
                        + "child_date_of_birth,plan_start_date,sen_need,setting_urn\n" + ref
                        + ",Csrf,Plan,2014-05-06,2021-09-01,SEMH,100000\n"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        return ref;
    }

    private String undecidedCase() throws Exception {
        HttpResponse<String> registered = Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT",
                 "child":{"givenName":"Csrf","familyName":"Decision","dateOfBirth":"2017-02-03"}}"""
                .formatted(LocalDate.now(EngineTime.LONDON).minusWeeks(2)));
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        return json.readTree(registered.body()).get("caseRef").asText();
    }

    private Set<String> pageForms() {
        Set<String> forms = new TreeSet<>();
        handlerMappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.POST)) {
                info.getPatternValues().stream().filter(p -> !p.startsWith("/api/") && !p.equals("/error"))
                        .forEach(p -> forms.add("POST " + p));
            }
        });
        return forms;
    }
}
