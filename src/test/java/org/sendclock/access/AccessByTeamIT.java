package org.sendclock.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.support.Browser;
import org.sendclock.SendClockApplication;
import org.sendclock.support.IntegrationTest;
import org.sendclock.tasks.MyWork;
import org.sendclock.tasks.WorkItem;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;

/**
 * Teams limit access (issue 12, item 5): the demo caseworker and manager work in North. A South case is answered as a
 * case that does not exist, through the API and the pages alike, unless it is assigned to the caseworker; lists and
 * the managers' register show only the cases one may read; a case is given only to someone who can sign in; and
 * every read of a child's record is in the access log, which holds no name.
 */
@IntegrationTest // the shared application starts first, as for ProductionProfileIT
class AccessByTeamIT {

    /**
     * An application of its own with the default setting (the shared test application opens every case, see
     * application-test.yml), on its own H2 database and under its own engine name, as ProductionProfileIT does.
     */
    static ConfigurableApplicationContext app;
    static int port;
    static ObjectMapper json;
    static Clock clock;
    static CaseRepository cases;
    static MyWork myWork;
    static TaskService tasks;

    @BeforeAll
    static void start() {
        String name = "access" + UUID.randomUUID().toString().replace("-", "");
        app = SpringApplication.run(SendClockApplication.class,
                "--spring.profiles.active=test",
                "--spring.datasource.url=jdbc:h2:mem:" + name,
                "--spring.datasource.username=sa",
                "--spring.datasource.password=",
                "--server.port=0",
                "--camunda.bpm.process-engine-name=" + name,
                "--sendclock.access.all-cases-open-to-caseworkers=false",
                // Camunda's webapps keep process-wide state: only the shared application serves them.
                "--camunda.bpm.webapp.enabled=false",
                "--spring.main.banner-mode=off");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        json = app.getBean(ObjectMapper.class);
        clock = app.getBean(Clock.class);
        cases = app.getBean(CaseRepository.class);
        myWork = app.getBean(MyWork.class);
        tasks = app.getBean(TaskService.class);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theNorthCaseworkerCannotReadOrDecideASouthCaseThroughTheApi() throws Exception {
        String south = register(null, "South", "Quennell");
        Browser api = Browser.basic(port, "caseworker", "demo");

        HttpResponse<String> read = api.get("/api/cases/" + south);
        HttpResponse<String> unknown = api.get("/api/cases/EHC-999998");
        assertThat(read.statusCode()).isEqualTo(404);
        assertThat(read.body()).doesNotContain("Quennell")
                .isEqualTo(unknown.body().replace("EHC-999998", south));

        HttpResponse<String> decided = api.postJson("/api/cases/" + south + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + today() + "\"}");
        assertThat(decided.statusCode()).isEqualTo(404);
        assertThat(cases.require(south).getDecision()).isNull();
        assertThat(api.get("/api/cases/" + south + "/escalations").statusCode()).isEqualTo(404);

        assertThat(refsIn(api.get("/api/cases?size=200&team=South").body())).doesNotContain(south);
        assertThat(Browser.basic(port, "admin", "demo").get("/api/cases/" + south).statusCode())
                .as("administrators read every case, as before").isEqualTo(200);
    }

    @Test
    void theNorthCaseworkerCannotOpenOrDecideASouthCaseThroughThePages() throws Exception {
        String south = register(null, "South", "Quennell");
        Browser pages = Browser.signedIn(port, "caseworker", "demo");

        HttpResponse<String> page = pages.get("/cases/" + south);
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found").doesNotContain("Quennell");
        HttpResponse<String> step = pages.postForm("/cases/" + south + "/steps/decision",
                "decision=ASSESS&decisionDate-day=" + today().getDayOfMonth() + "&decisionDate-month="
                        + today().getMonthValue() + "&decisionDate-year=" + today().getYear());
        assertThat(step.statusCode()).isEqualTo(404);
        assertThat(pages.postForm("/cases/" + south + "/decision", "decision=ASSESS").statusCode()).isEqualTo(404);
        assertThat(cases.require(south).getDecision()).isNull();
        assertThat(cases.require(south).getStatus()).isEqualTo(CaseStatus.OPEN);

        String found = pages.postForm("/cases", "text=Quennell").body();
        assertThat(found).doesNotContain(south);
        assertThat(Browser.signedIn(port, "admin", "demo").postForm("/cases", "text=Quennell").body()).contains(south);
    }

    @Test
    void aSouthCaseAssignedToTheNorthCaseworkerIsTheirsToReadAndDecide() throws Exception {
        String south = register("caseworker", "South", "Ravensworth");
        Browser api = Browser.basic(port, "caseworker", "demo");

        assertThat(api.get("/api/cases/" + south).statusCode()).isEqualTo(200);
        assertThat(api.postJson("/api/cases/" + south + "/decision",
                "{\"decision\":\"ASSESS\",\"decisionDate\":\"" + today() + "\"}").statusCode()).isEqualTo(200);
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + south).statusCode()).isEqualTo(200);
        assertThat(refsIn(api.get("/api/cases?size=200&team=South").body())).contains(south);
        assertThat(Browser.basic(port, "caseworker2", "demo").get("/api/cases/" + south).statusCode())
                .as("another North caseworker has no part in it").isEqualTo(404);
    }

    @Test
    void theNorthManagerSeesOnlyNorthOnTheRegister() throws Exception {
        // Requested five weeks ago: the week 6 decision is at risk, so both are on the register.
        String north = register(null, "North", "Ashdown", today().minusWeeks(5));
        String south = register(null, "South", "Ashdown", today().minusWeeks(5));

        Browser manager = Browser.basic(port, "manager", "demo");
        String breaches = manager.get("/api/oversight/breaches?size=500").body();
        assertThat(breaches).contains(north).doesNotContain(south);
        String summary = manager.get("/api/oversight/summary").body();
        assertThat(summary).doesNotContain("\"South\"");
        String page = Browser.signedIn(port, "manager", "demo").get("/oversight?size=500").body();
        assertThat(page).contains(north).doesNotContain(south);
        assertThat(manager.get("/api/cases/" + south).statusCode()).isEqualTo(404);

        // Both processes stopped outside SEND Clock: the manager's list of stopped processes holds North's only.
        RuntimeService runtime = app.getBean(RuntimeService.class);
        for (String ref : List.of(north, south)) {
            runtime.deleteProcessInstance(cases.require(ref).getProcessInstanceId(), "test", true, true);
        }
        assertThat(manager.get("/api/oversight/stopped-processes").body()).contains(north).doesNotContain(south);
        assertThat(Browser.signedIn(port, "manager", "demo").get("/oversight?size=500").body())
                .contains(north).doesNotContain(south);

        HttpResponse<String> reassigned = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + south + "\"],\"caseworker\":\"caseworker\",\"team\":\"North\"}");
        assertThat(reassigned.statusCode()).isEqualTo(404);
        assertThat(cases.require(south).getTeam()).isEqualTo("South");
    }

    @Test
    void theNorthManagersListOfPlansHoldsNorthsOnly() throws Exception {
        String prefix = "PT" + UUID.randomUUID().toString().substring(0, 6);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("plans", ".csv");
        java.nio.file.Files.writeString(file, "case_ref,child_given_name,child_family_name,child_date_of_birth,"
                + "plan_start_date,team\n" + prefix + "N,Nia,Ashdown,2015-02-01,2024-03-01,North\n"
                + prefix + "S,Sam,Ashdown,2015-02-01,2024-03-01,South\n");
        assertThat(app.getBean(org.sendclock.importer.PlansImport.class).run(file, false,
                new org.sendclock.importer.ImportProgress()).errors()).isEmpty();
        String plans = Browser.basic(port, "manager", "demo").get("/api/plans?size=200").body();
        assertThat(plans).contains(prefix + "N").doesNotContain(prefix + "S");
    }

    @Test
    void theNorthManagerSeesOnlyNorthsPlansOnTheReviewsRegister() throws Exception {
        // Two plans started thirteen months ago: both reviews overdue.
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String north = "RN" + tag;
        String south = "RS" + tag;
        LocalDate start = today().minusMonths(13);
        HttpResponse<String> imported = csv("/api/imports/plans", "case_ref,child_given_name,child_family_name,"
                + "child_date_of_birth,upn,plan_start_date,setting_urn,sen_setting,sen_need,transferred_in_date,"
                + "ceased_date,cease_reason,team,caseworker\n"
                + north + ",Zara,Northover,2016-10-01,," + start + ",100001,,,,,,North,\n"
                + south + ",Zara,Southwell,2016-10-01,," + start + ",100001,,,,,,South,\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        Browser manager = Browser.basic(port, "manager", "demo");
        assertThat(manager.get("/api/oversight/reviews?size=500").body()).contains(north, "Northover")
                .doesNotContain(south, "Southwell");
        assertThat(manager.get("/api/oversight/reviews.csv").body()).contains(north).doesNotContain(south);
        assertThat(manager.get("/api/oversight/reviews?team=South").body()).doesNotContain(south);
        assertThat(Browser.signedIn(port, "manager", "demo").get("/oversight/reviews?size=500").body())
                .contains(north).doesNotContain(south, "Southwell");
    }

    @Test
    void aCaseIsGivenOnlyToSomeoneWhoCanSignIn() throws Exception {
        long before = cases.count();
        HttpResponse<String> refused = Browser.basic(port, "caseworker", "demo").postJson("/api/cases", body(
                "J. Smith", "North", "Okafor", today()));
        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = json.readTree(refused.body()).get("errors").get(0);
        assertThat(error.get("field").asText()).isEqualTo("caseworker");
        assertThat(error.get("message").asText()).startsWith("must be the user name of someone who can sign in");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void anImportedCaseworkerWithoutAnAccountLeavesTheTasksOnTheTeamsUnassignedList() throws Exception {
        String ref = "A" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> done = csv("/api/imports/requests",
                "case_ref,request_date,request_source,decision_date,decision,no_plan_date,draft_plan_date,"
                        + "final_plan_date,exception_reason,closed_date,closed_reason,team,caseworker\n"
                        + ref + "," + today().minusWeeks(2) + ",PARENT,,,,,,,,,North,J. Smith (old system)\n");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);

        assertThat(cases.require(ref).getCaseworker()).as("kept as text").isEqualTo("J. Smith (old system)");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).singleResult().getAssignee()).isNull();
        WorkItem item = myWork.of("caseworker").stream().filter(i -> i.caseRef().equals(ref)).findFirst()
                .orElseThrow();
        assertThat(item.assignee()).isNull();
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).statusCode()).isEqualTo(200);
    }

    @Test
    void everyReadOfACaseIsInTheAccessLogWithoutTheChildsName() throws Exception {
        String north = register(null, "North", "Featherstonehaugh");
        Browser.basic(port, "caseworker2", "demo").get("/api/cases/" + north);
        Browser.signedIn(port, "manager", "demo").get("/cases/" + north);
        Browser.basic(port, "caseworker", "demo").get("/api/cases/" + register(null, "South", "X"));

        Browser admin = Browser.basic(port, "admin", "demo");
        JsonNode found = json.readTree(admin.get("/api/access-log?caseRef=" + north + "&from=" + today()
                + "&to=" + today()).body());
        List<String> entries = new ArrayList<>();
        found.get("entries").forEach(e -> entries.add(e.get("username").asText() + " " + e.get("what").asText()));
        assertThat(entries).containsExactly("manager PAGE", "caseworker2 API");
        assertThat(found.get("entries").get(0).get("address").asText()).isNotBlank();
        assertThat(found.get("total").asLong()).isEqualTo(2);

        JsonNode byUser = json.readTree(admin.get("/api/access-log?username=caseworker2&size=1").body());
        assertThat(byUser.get("size").asInt()).isEqualTo(1);
        assertThat(byUser.get("entries")).hasSize(1);

        HttpResponse<String> csv = admin.get("/api/access-log.csv?caseRef=" + north);
        assertThat(csv.headers().firstValue(HttpHeaders.CONTENT_TYPE)).get().asString().startsWith("text/csv");
        assertThat(csv.body()).startsWith("at,username,caseRef,what,address\r\n").contains("," + north + ",PAGE,")
                .doesNotContain("Featherstonehaugh");
        String page = Browser.signedIn(port, "admin", "demo").get("/admin/access-log?caseRef=" + north).body();
        assertThat(page).contains("2 entries", "caseworker2", "manager").doesNotContain("Featherstonehaugh");

        assertThat(json.readTree(admin.get("/api/access-log?from=2026-02-30").body()).get("errors").get(0)
                .get("field").asText()).isEqualTo("from");
        assertThat(Browser.basic(port, "caseworker", "demo").get("/api/access-log").statusCode()).isEqualTo(403);
        assertThat(Browser.signedIn(port, "manager", "demo").get("/admin/access-log").statusCode()).isEqualTo(403);
    }

    private static LocalDate today() {
        return LocalDate.now(clock);
    }

    private String register(String caseworker, String team, String familyName) throws Exception {
        return register(caseworker, team, familyName, today().minusWeeks(1));
    }

    private String register(String caseworker, String team, String familyName, LocalDate requested)
            throws Exception {
        HttpResponse<String> response = Browser.basic(port, "manager", "demo").postJson("/api/cases",
                body(caseworker, team, familyName, requested));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json.readTree(response.body()).get("caseRef").asText();
    }

    private static String body(String caseworker, String team, String familyName, LocalDate requested) {
        return """
                {"requestDate":"%s","source":"PARENT",%s"team":"%s",
                 "child":{"givenName":"Zara","familyName":"%s","dateOfBirth":"2017-03-02"}}
                """.formatted(requested, caseworker == null ? "" : "\"caseworker\":\"" + caseworker + "\",", team,
                familyName);
    }

    private static HttpResponse<String> csv(String path, String csv) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(
                        StandardCharsets.UTF_8)))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private List<String> refsIn(String page) throws Exception {
        List<String> refs = new ArrayList<>();
        json.readTree(page).get("cases").forEach(c -> refs.add(c.get("caseRef").asText()));
        return refs;
    }
}
