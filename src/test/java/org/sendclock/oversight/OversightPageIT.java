package org.sendclock.oversight;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.CaseView;
import org.sendclock.assessment.CaseViews;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.assessment.Commands.Withdraw;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.Browser;
import org.sendclock.support.EngineTime;
import org.sendclock.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;

/** The managers' page and reassignment, through the page form and the API. */
@IntegrationTest
class OversightPageIT {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @LocalServerPort int port;
    @Autowired AssessmentService assessments;
    @Autowired JdbcTemplate jdbc;
    @Autowired CaseViews views;
    @Autowired TaskService tasks;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired EscalationRepository escalations;
    @Autowired EscalationService escalationService;

    String team;
    String late;
    String close;

    @BeforeEach
    void caseload() {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
        team = "Page " + UUID.randomUUID().toString().substring(0, 8);
        late = register(LocalDate.of(2026, 1, 5), "alice");
        close = register(LocalDate.of(2026, 1, 19), "bob");
    }

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void aManagerSeesTheRegisterWithRagTagsAndTheWeekBands() throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        HttpResponse<String> page = manager.get("/oversight?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8));

        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Breaches and risks", late, close, "govuk-tag--red", "govuk-tag--yellow",
                "1 overdue", "1 at risk", "14 late", "0 left", "id=\"week-bands\"", "6-12 weeks", "Reassign the cases ticked below");
        assertThat(html.indexOf(late)).isLessThan(html.indexOf(close));
        assertThat(manager.get("/cases").body()).contains("href=\"/oversight\"");
    }

    @Test
    void theRegisterPagesSortsAndOffersTheRealTeamsAndStaffAsLists() throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        String filter = "/oversight?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);

        String first = manager.get(filter + "&size=1").body();
        assertThat(first).contains(late, "1 overdue", "1 at risk", "1 to 1 of 2", "Page 1 of 2", "rel=\"next\"")
                .doesNotContain(close);
        // The next page keeps the filter and the sort.
        assertThat(first).contains("team=" + team.replace(" ", "%20"), "sort=due", "direction=asc");
        String second = manager.get(filter + "&size=1&page=2").body();
        assertThat(second).contains(close, "2 to 2 of 2", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        String byCaseworker = manager.get(filter + "&sort=caseworker&direction=desc").body();
        assertThat(byCaseworker.indexOf(close)).as("bob before alice").isLessThan(byCaseworker.indexOf(late));
        assertThat(byCaseworker).contains("aria-sort=\"descending\"");

        // The filters are lists of the installation's teams and caseworkers (application.yml's demo staff).
        assertThat(first).contains("<select class=\"govuk-select\" id=\"team\" name=\"team\">",
                "<option value=\"North\">North</option>", "<option value=\"caseworker2\">caseworker2</option>");
        assertThat(manager.get("/oversight?page=0&size=9999").body()).contains("There is a problem", "page must be",
                "size must be");
    }

    @Test
    void aManagerAcknowledgesManyEscalationsAtOnceAllOrNone() throws Exception {
        String other = register(LocalDate.of(2026, 1, 6), "alice");
        long first = escalate(late);
        long second = escalate(other);
        Browser manager = Browser.signedIn(port, "manager", "demo");
        assertThat(manager.get("/oversight").body()).contains("id=\"acknowledge\"",
                "name=\"escalationId\" id=\"escalation-" + first + "\"", "escalation-" + second);

        HttpResponse<String> noNote = manager.postForm("/oversight/escalations/acknowledgements",
                "escalationId=" + first + "&escalationId=" + second + "&note=+");
        assertThat(noNote.statusCode()).isEqualTo(302);
        assertThat(manager.get("/oversight").body()).contains("Note must not be blank");
        assertThat(escalations.findById(first).orElseThrow().isOpen()).isTrue();

        HttpResponse<String> done = manager.postForm("/oversight/escalations/acknowledgements",
                "escalationId=" + first + "&escalationId=" + second + "&note=Dates+agreed+with+the+team");
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/oversight#escalations");
        assertThat(manager.get("/oversight").body()).contains("2 escalations acknowledged.");
        for (String ref : new String[] {late, other}) {
            assertThat(views.of(ref).timeline()).extracting(CaseView.TimelineView::description)
                    .anyMatch(d -> d.startsWith("Escalation acknowledged") && d.endsWith("Dates agreed with the team"));
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref)
                    .taskDefinitionKey("AcknowledgeEscalation").count()).isZero();
        }

        // All or none: one already acknowledged refuses the lot, naming it.
        String third = register(LocalDate.of(2026, 1, 7), "bob");
        long open = escalate(third);
        Browser api = Browser.basic(port, "manager", "demo");
        HttpResponse<String> refused = api.postJson("/api/oversight/escalations/acknowledgements",
                "{\"escalationIds\":[" + open + "," + first + "],\"note\":\"seen\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("Escalation " + first + " (by manager) was already acknowledged");
        assertThat(escalations.findById(open).orElseThrow().isOpen()).isTrue();
        assertThat(api.postJson("/api/oversight/escalations/acknowledgements",
                "{\"escalationIds\":[" + open + ",999999999],\"note\":\"seen\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> invalid = api.postJson("/api/oversight/escalations/acknowledgements",
                "{\"escalationIds\":[],\"note\":\"\"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("escalationIds", "note");
        assertThat(Browser.basic(port, "caseworker", "demo").postJson("/api/oversight/escalations/acknowledgements",
                "{\"escalationIds\":[" + open + "],\"note\":\"seen\"}").statusCode()).isEqualTo(403);
        HttpResponse<String> ok = api.postJson("/api/oversight/escalations/acknowledgements",
                "{\"escalationIds\":[" + open + "],\"note\":\"seen\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"acknowledged\":[" + open + "]}");
        assertThat(escalations.findById(open).orElseThrow().isOpen()).isFalse();
    }

    /** Fires the case's passed week 6 timer, which records the breach and raises its escalation. */
    private long escalate(String ref) {
        String instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(ref).singleResult().getId();
        for (Job job : management.createJobQuery().processInstanceId(instance).activityId("DecisionOverdue")
                .executable().list()) {
            management.executeJob(job.getId());
        }
        List<Escalation> raised = escalationService.ofCase(ref);
        assertThat(raised).hasSize(1);
        return raised.get(0).getId();
    }

    @Test
    void aCaseworkerCannotOpenThePage() throws Exception {
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        assertThat(caseworker.get("/oversight").statusCode()).isEqualTo(403);
        assertThat(caseworker.get("/my-work").body()).doesNotContain("href=\"/oversight\"");
    }

    @Test
    void theFormReassignsTheTickedCasesAndEachTimelineSaysSo() throws Exception {
        Browser manager = Browser.signedIn(port, "manager", "demo");
        HttpResponse<String> done = manager.postForm("/oversight/reassignments",
                "caseRef=" + late + "&caseRef=" + close + "&caseRef=" + late + "&caseworker=caseworker2&reason=leave+cover&team=North");

        assertThat(done.statusCode()).isEqualTo(302);
        assertThat(done.headers().firstValue("Location").orElseThrow()).endsWith("/oversight");
        for (String ref : new String[] {late, close}) {
            CaseView view = views.of(ref);
            assertThat(view.caseworker()).isEqualTo("caseworker2");
            assertThat(view.timeline()).extracting(CaseView.TimelineView::description)
                    .contains((ref.equals(late) ? "Reassigned from alice" : "Reassigned from bob") + " to caseworker2 (team North): leave cover");
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("DecideWhetherToAssess")
                    .singleResult().getAssignee()).isEqualTo("caseworker2");
        }
        assertThat(manager.get("/oversight").body()).contains("Reassigned to caseworker2: " + late + ", " + close + ".",
                "<option value=\"caseworker2\">");
    }

    @Test
    void aCaseOfNoTeamGoesToACaseworkerOfATeamOnlyWithTheTeamChosen() throws Exception {
        // Found by CsrfOnEveryFormIT: a case of no team given to a caseworker with teams answered 500.
        String teamless = assessments.register(new RegisterRequest(LocalDate.of(2026, 1, 5), RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), null, null)).getCaseRef();
        Browser manager = Browser.basic(port, "manager", "demo");

        HttpResponse<String> noTeam = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + teamless + "\"],\"caseworker\":\"caseworker2\"}");
        assertThat(noTeam.statusCode()).isEqualTo(400);
        assertThat(noTeam.body()).contains("must be one of caseworker2's teams (North)",
                teamless + " is in no team, so choose the team");

        HttpResponse<String> north = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + teamless + "\"],\"caseworker\":\"caseworker2\",\"team\":\"North\"}");
        assertThat(north.statusCode()).isEqualTo(200);
        assertThat(views.of(teamless).team()).isEqualTo("North");
    }

    @Test
    void theApiReassignsAllOrNone() throws Exception {
        Browser manager = Browser.basic(port, "manager", "demo");
        String finished = register(LocalDate.of(2026, 1, 5), "alice");
        assessments.withdraw(finished, new Withdraw(TODAY, "moved away"));

        HttpResponse<String> refused = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + late + "\",\"" + finished + "\"],\"caseworker\":\"caseworker\"}");
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(views.of(late).caseworker()).isEqualTo("alice");

        HttpResponse<String> invalid = manager.postJson("/api/oversight/reassignments", "{\"caseRefs\":[],\"caseworker\":\" \"}");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("caseRefs", "caseworker");

        HttpResponse<String> nobody = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + late + "\"],\"caseworker\":\"dan\"}");
        assertThat(nobody.statusCode()).as("nobody who can sign in").isEqualTo(400);
        assertThat(nobody.body()).contains("caseworker", "must be a caseworker who can sign in");
        HttpResponse<String> notTheirTeam = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + late + "\"],\"caseworker\":\"caseworker\",\"team\":\"South\"}");
        assertThat(notTheirTeam.statusCode()).isEqualTo(400);
        assertThat(notTheirTeam.body()).contains("must be one of caseworker's teams (North)");
        HttpResponse<String> keepingTheirTeam = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + late + "\"],\"caseworker\":\"caseworker\"}");
        assertThat(keepingTheirTeam.statusCode()).as("the case stays in its own team, not the caseworker's")
                .isEqualTo(400);
        assertThat(keepingTheirTeam.body()).contains(late + " is in team " + team + ", so choose the team");
        assertThat(views.of(late).caseworker()).isEqualTo("alice");

        HttpResponse<String> ok = manager.postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + late + "\"],\"caseworker\":\"caseworker\",\"team\":\"North\"}");
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"reassigned\":[\"" + late + "\"]}");
        assertThat(views.of(late).team()).isEqualTo("North");
        String decide = tasks.createTaskQuery().processInstanceBusinessKey(late)
                .taskDefinitionKey("DecideWhetherToAssess").singleResult().getId();
        assertThat(tasks.getIdentityLinksForTask(decide)).as("the task is on the new team's list, off the old one's")
                .filteredOn(link -> "candidate".equals(link.getType())).extracting(IdentityLink::getGroupId)
                .containsExactly("North");

        assertThat(Browser.basic(port, "caseworker", "demo").postJson("/api/oversight/reassignments",
                "{\"caseRefs\":[\"" + close + "\"],\"caseworker\":\"caseworker\"}").statusCode()).isEqualTo(403);
    }

    private String register(LocalDate requestDate, String caseworker) {
        String ref = assessments.register(new RegisterRequest(requestDate, RequestSource.PARENT,
                new ChildDetails("Amara", "Okafor", LocalDate.of(2018, 5, 14), null, null), null, team))
                .getCaseRef();
        // alice and bob have no accounts: their names are on the cases as an import from the previous system
        // leaves them (a page or the API gives cases only to someone who can sign in).
        jdbc.update("update assessment_case set caseworker = ? where case_ref = ?", caseworker, ref);
        return ref;
    }
}
