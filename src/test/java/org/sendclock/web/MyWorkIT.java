package org.sendclock.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.sendclock.reassessment.ReassessmentSteps;
import org.sendclock.support.Browser;
import org.sendclock.support.IntegrationTest;
import org.sendclock.tasks.MyWork;
import org.sendclock.tasks.WorkItem;
import org.sendclock.tasks.WorkPage;
import org.sendclock.tasks.WorkQuery;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** My work: what is due, when, how many days are left, and taking or giving back a task. */
@IntegrationTest
class MyWorkIT {

    @LocalServerPort int port;
    @Autowired ObjectMapper json;
    @Autowired MyWork myWork;
    @Autowired Clock clock;
    @Autowired ManagementService management;
    @Autowired TaskService taskService;
    @Autowired org.springframework.boot.test.web.client.TestRestTemplate http;

    @Test
    void aRequestEightWeeksOldShowsItsDecisionRedWithTheDaysItIsLate() throws Exception {
        String ref = register("caseworker", LocalDate.now(clock).minusWeeks(8));

        WorkItem item = myWork.of("caseworker").stream().filter(i -> i.caseRef().equals(ref)).findFirst().orElseThrow();
        assertThat(item.task()).isEqualTo("Decide whether to assess");
        assertThat(item.daysLeft()).isEqualTo(-14);
        assertThat(item.rag()).isEqualTo(WorkItem.Rag.RED);
        assertThat(item.clock()).isEqualTo(WorkItem.Clock.DECISION);
        List<LocalDate> dues = myWork.of("caseworker").stream().map(WorkItem::due).toList();
        assertThat(dues).as("soonest due first").isSorted();

        runDueTimers(); // the decision breach escalates to the managers: their task is not a caseworker's
        assertThat(myWork.of("caseworker")).extracting(WorkItem::taskKey).doesNotContain("AcknowledgeEscalation");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/my-work").statusCode()).isEqualTo(200);

        String page = Browser.signedIn(port, "caseworker", "demo").get("/my-work?clock=DECISION&size=500").body();
        assertThat(page).contains(ref, "Decide whether to assess", "-14", "Overdue", "overdue", "due this week",
                "unassigned");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/my-work?clock=ADVICE&size=500").body()).doesNotContain(ref);
    }

    @Test
    void anUnassignedTaskIsTakenAndGivenBackOnlyByWhoeverHasIt() throws Exception {
        String ref = register(null, LocalDate.now(clock).minusWeeks(1));
        WorkItem item = myWork.of("caseworker2").stream().filter(i -> i.caseRef().equals(ref)).findFirst().orElseThrow();
        assertThat(item.assignee()).isNull();

        Browser caseworker2 = Browser.signedIn(port, "caseworker2", "demo");
        assertThat(caseworker2.postForm("/my-work/" + item.taskId() + "/claim", "").statusCode()).isEqualTo(302);
        assertThat(myWork.of("caseworker2")).filteredOn(i -> i.caseRef().equals(ref))
                .extracting(WorkItem::assignee).containsExactly("caseworker2");
        assertThat(myWork.of("caseworker")).as("no longer anyone's to take").noneMatch(i -> i.caseRef().equals(ref));

        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        caseworker.postForm("/my-work/" + item.taskId() + "/give-back", "");
        assertThat(caseworker.get("/my-work").body()).contains("only the person who has a task can give it back"
                .replaceFirst("^o", "O"));

        caseworker2.postForm("/my-work/" + item.taskId() + "/give-back", "");
        assertThat(myWork.of("caseworker")).filteredOn(i -> i.caseRef().equals(ref))
                .extracting(WorkItem::assignee).containsOnlyNulls();
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).body())
                .contains("taken by caseworker2", "given back by caseworker2");
    }

    @Test
    void aTaskDueLaterIsAmberWhenACaseClockIsAtRisk() throws Exception {
        // Requested 15 weeks ago: the week 16 notice if no plan is due in 7 days, inside its 14-day warning; the
        // advice asked a week ago is due in 35 days and the final plan in 35 days, neither near on its own.
        LocalDate today = LocalDate.now(clock);
        String ref = register("caseworker", today.minusWeeks(15));
        Browser api = Browser.basic(port, "caseworker", "demo");
        api.postJson("/api/cases/" + ref + "/decision", "{\"decision\":\"ASSESS\",\"decisionDate\":\""
                + today.minusWeeks(10) + "\"}");
        api.postJson("/api/cases/" + ref + "/advice-requests", "{\"adviceType\":\"HEALTH\",\"requestedDate\":\""
                + today.minusWeeks(1) + "\"}");

        WorkItem awaiting = myWork.of("caseworker").stream()
                .filter(i -> i.caseRef().equals(ref) && i.taskKey().equals("AwaitAdvice")).findFirst().orElseThrow();
        assertThat(awaiting.daysLeft()).isEqualTo(35);
        assertThat(awaiting.rag()).isEqualTo(WorkItem.Rag.AMBER);
    }

    @Test
    void anotherTeamsUnassignedTaskIsNotOnMyListNorMineToTake() throws Exception {
        String north = register(null, LocalDate.now(clock).minusWeeks(1));
        String south = register(null, "South", LocalDate.now(clock).minusWeeks(1));

        assertThat(myWork.of("caseworker")).extracting(WorkItem::caseRef).contains(north).doesNotContain(south);
        String southTask = taskService.createTaskQuery().processInstanceBusinessKey(south).singleResult().getId();
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        caseworker.postForm("/my-work/" + southTask + "/claim", "");
        assertThat(caseworker.get("/my-work").body()).contains("The task belongs to team South, and you are not in it");
        caseworker.postForm("/my-work/" + southTask + "/pass-on", "to=caseworker2");
        assertThat(caseworker.get("/my-work").body()).contains("The task belongs to team South, and you are not in it");
        assertThat(taskService.createTaskQuery().taskId(southTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void nobodysTaskOfACaseWithNoTeamIsOnEveryCaseworkersListUntilOneTakesIt() throws Exception {
        String teamless = json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT",
                 "child":{"givenName":"Noor","familyName":"Ahmed","dateOfBirth":"2016-05-09"}}
                """.formatted(LocalDate.now(clock).minusWeeks(2))).body()).get("caseRef").asText();
        String task = taskService.createTaskQuery().processInstanceBusinessKey(teamless).singleResult().getId();
        assertThat(taskService.getIdentityLinksForTask(task)).as("a case of no team: no candidate group").isEmpty();

        for (String caseworker : List.of("caseworker", "caseworker2")) {
            WorkPage page = myWork.page(caseworker, WorkQuery.parse(false, null, null, null, null, "1", "500"));
            assertThat(page.items()).filteredOn(i -> i.caseRef().equals(teamless))
                    .extracting(WorkItem::taskId, WorkItem::assignee).containsExactly(tuple(task, null));
            assertThat(myWork.page(caseworker, WorkQuery.parse(true, null, null, null, null, "1", "500")).items())
                    .as("only mine").noneMatch(i -> i.caseRef().equals(teamless));
        }

        myWork.claim("caseworker2", task);
        assertThat(myWork.of("caseworker")).noneMatch(i -> i.caseRef().equals(teamless));
        assertThat(myWork.of("caseworker2")).filteredOn(i -> i.caseRef().equals(teamless))
                .extracting(WorkItem::assignee).containsExactly("caseworker2");
    }

    @Test
    void anImportThatMovesACaseToATeamMovesItsOpenTasksToThatTeamsList() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = "TM" + java.util.UUID.randomUUID().toString().substring(0, 8);
        String plan = ref + ",Tom,Moved,2014-03-01," + today.minusMonths(3) + ",";
        importPlans(plan + ",\n");
        assertThat(Browser.basic(port, "caseworker", "demo").postJson("/api/cases/" + ref + "/reassessments",
                "{\"requestDate\":\"" + today.minusDays(2) + "\",\"requestedBy\":\"PARENT\"}").statusCode())
                .isEqualTo(201);
        String task = taskService.createTaskQuery().processInstanceBusinessKey(ref)
                .taskDefinitionKey(ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS).singleResult().getId();
        WorkQuery decisions = WorkQuery.parse(false, ReassessmentSteps.DECIDE_WHETHER_TO_REASSESS, null, null, null,
                "1", "500");
        assertThat(myWork.page("caseworker", decisions).items()).as("a case of no team: anyone's")
                .anyMatch(i -> i.taskId().equals(task));

        // plans.csv again, the case now in team South: the re-assessment's task, which no import restarts, follows.
        importPlans(plan + "South,\n");
        assertThat(taskService.getIdentityLinksForTask(task)).extracting(link -> link.getGroupId())
                .containsExactly("South");
        assertThat(myWork.page("caseworker", decisions).items()).as("not North's")
                .noneMatch(i -> i.taskId().equals(task));
    }

    @Test
    void aTaskIsPassedOnlyToACaseworkerOfTheSameTeam() throws Exception {
        String ref = register("caseworker", LocalDate.now(clock).minusWeeks(2));
        WorkItem item = myWork.of("caseworker").stream().filter(i -> i.caseRef().equals(ref)).findFirst().orElseThrow();
        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        assertThat(caseworker.get("/my-work").body()).contains("Pass on", "<option value=\"caseworker2\"");

        caseworker.postForm("/my-work/" + item.taskId() + "/pass-on", "to=manager");
        assertThat(caseworker.get("/my-work").body()).contains("a caseworker of the case&#39;s team, and manager is not one");
        assertThat(myWork.of("caseworker")).filteredOn(i -> i.caseRef().equals(ref))
                .extracting(WorkItem::assignee).containsExactly("caseworker");

        caseworker.postForm("/my-work/" + item.taskId() + "/pass-on", "to=");
        assertThat(caseworker.get("/my-work").body()).contains("Choose the caseworker to pass the task to");

        assertThat(caseworker.postForm("/my-work/" + item.taskId() + "/pass-on", "to=caseworker2").statusCode())
                .isEqualTo(302);
        assertThat(caseworker.get("/my-work").body()).contains("The task is now caseworker2&#39;s");
        assertThat(myWork.of("caseworker2")).filteredOn(i -> i.caseRef().equals(ref))
                .extracting(WorkItem::assignee).containsExactly("caseworker2");
        assertThat(myWork.of("caseworker")).noneMatch(i -> i.caseRef().equals(ref));
        assertThat(caseworker.get("/cases/" + ref).body()).contains("passed by caseworker to caseworker2");

        caseworker.postForm("/my-work/" + item.taskId() + "/pass-on", "to=caseworker2");
        assertThat(caseworker.get("/my-work").body()).contains("not yours to pass on");
    }

    @Test
    void overdueAdviceIsOneRowWhoseActionIsToRecordTheChase() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = register("caseworker", today.minusWeeks(16));
        Browser api = Browser.basic(port, "caseworker", "demo");
        api.postJson("/api/cases/" + ref + "/decision", "{\"decision\":\"ASSESS\",\"decisionDate\":\""
                + today.minusWeeks(10) + "\"}");
        long advice = json.readTree(api.postJson("/api/cases/" + ref + "/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"requestedDate\":\"" + today.minusWeeks(8) + "\"}").body())
                .get("advice").get(0).get("id").asLong();
        runDueTimersOf(ref); // the advice's 6 weeks have passed: its breach is recorded and its chase is due
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(ref).taskDefinitionKey("ChaseAdvice")
                .count()).as("the engine still has its chase task").isOne();

        List<WorkItem> rows = myWork.of("caseworker").stream().filter(i -> i.caseRef().equals(ref)
                && i.clock() == WorkItem.Clock.ADVICE).toList();
        assertThat(rows).as("one row per task: no second row to chase").singleElement().satisfies(row -> {
            assertThat(row.taskKey()).isEqualTo("AwaitAdvice");
            assertThat(row.daysLeft()).isEqualTo(-14);
            assertThat(row.adviceToChase()).isEqualTo(advice);
        });
        String page = Browser.signedIn(port, "caseworker", "demo").get("/my-work?clock=ADVICE&size=500").body();
        assertThat(page).contains("/cases/" + ref + "#advice-" + advice + "\">Record the chase")
                .doesNotContain("Chase advice");

        assertThat(api.postJson("/api/cases/" + ref + "/advice-requests/" + advice + "/chase",
                "{\"chasedDate\":\"" + today + "\"}").statusCode()).isEqualTo(200);
        assertThat(myWork.of("caseworker")).filteredOn(i -> i.caseRef().equals(ref) && i.taskKey().equals("AwaitAdvice"))
                .singleElement().satisfies(row -> assertThat(row.adviceToChase()).as("chased").isNull());
    }

    @Test
    void adviceAskedForAReviewIsAwaitedOnTheCaseworkersListAndLeadsToThatReview() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String ref = "MW" + java.util.UUID.randomUUID().toString().substring(0, 6);
        org.springframework.http.HttpHeaders csv = new org.springframework.http.HttpHeaders();
        csv.setContentType(new org.springframework.http.MediaType("text", "csv"));
        assertThat(http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new org.springframework.http.HttpEntity<>("case_ref,child_given_name,child_family_name,"
                        + "child_date_of_birth,plan_start_date,team,caseworker\n" + ref + ",Zara,Khan,2017-03-02,"
                        + today.minusMonths(11) + ",North,caseworker\n", csv), String.class).getStatusCode().value())
                .isEqualTo(200);
        Browser api = Browser.basic(port, "caseworker", "demo");
        assertThat(api.postJson("/api/cases/" + ref + "/reviews/1/meeting", "{\"meetingDate\":\""
                + today.plusDays(20) + "\"}").statusCode()).isEqualTo(200);
        long advice = json.readTree(api.postJson("/api/cases/" + ref + "/reviews/1/advice-requests",
                "{\"adviceType\":\"HEALTH\",\"provider\":\"Northshire ICB\",\"requestedDate\":\""
                        + today.minusWeeks(8) + "\"}").body()).get("cycles").get(0).get("advice").get(0).get("id").asLong();

        assertThat(myWork.of("caseworker")).filteredOn(i -> i.caseRef().equals(ref)
                && i.taskKey().equals("AwaitReviewAdvice")).singleElement().satisfies(row -> {
            assertThat(row.task()).isEqualTo("Await advice for the review");
            assertThat(row.assignee()).isEqualTo("caseworker");
            assertThat(row.daysLeft()).as("six weeks from the request").isEqualTo(-14);
            assertThat(row.rag()).isEqualTo(WorkItem.Rag.RED);
            assertThat(row.clock()).isEqualTo(WorkItem.Clock.REVIEW);
            assertThat(row.reviewAwaitingAdvice()).isEqualTo(1);
            assertThat(row.adviceToChase()).isNull();
        });
        String page = Browser.signedIn(port, "caseworker", "demo")
                .get("/my-work?task=AwaitReviewAdvice&size=500").body();
        assertThat(page).contains("/cases/" + ref + "#r1-advice-received-step\">Record it in review");
        assertThat(Browser.signedIn(port, "caseworker", "demo").get("/cases/" + ref).body())
                .contains("id=\"r1-advice-received-step\"");

        assertThat(api.postJson("/api/cases/" + ref + "/reviews/1/advice-requests/" + advice + "/receipt",
                "{\"receivedDate\":\"" + today + "\"}").statusCode()).isEqualTo(200);
        assertThat(myWork.of("caseworker")).as("received: no longer awaited")
                .noneMatch(i -> i.caseRef().equals(ref) && i.taskKey().equals("AwaitReviewAdvice"));
    }

    @Test
    void onlyMineLeavesOutMyTeamsUnassignedTasks() throws Exception {
        String mine = register("caseworker2", LocalDate.now(clock).minusWeeks(3));
        String teams = register(null, LocalDate.now(clock).minusWeeks(3));

        WorkPage everything = myWork.page("caseworker2", WorkQuery.EVERYTHING);
        assertThat(everything.items()).extracting(WorkItem::caseRef).contains(mine, teams);
        WorkPage onlyMine = myWork.page("caseworker2", WorkQuery.parse(true, null, null, null, null, "1", "500"));
        assertThat(onlyMine.items()).extracting(WorkItem::caseRef).contains(mine).doesNotContain(teams);
        assertThat(onlyMine.items()).extracting(WorkItem::assignee).containsOnly("caseworker2");
        assertThat(onlyMine.unassigned()).isZero();
        assertThat(everything.unassigned()).isPositive();

        Browser caseworker2 = Browser.signedIn(port, "caseworker2", "demo");
        assertThat(caseworker2.get("/my-work?mine=true&size=500").body()).contains(mine, "id=\"mine\"")
                .doesNotContain(teams);
        assertThat(caseworker2.get("/my-work?size=500").body()).contains(mine, teams);
    }

    @Test
    void myWorkIsPagedAndSortedWithCountsOverTheWholeList() throws Exception {
        for (int weeks = 1; weeks <= 3; weeks++) {
            register("caseworker", LocalDate.now(clock).minusWeeks(weeks));
        }
        WorkPage all = myWork.page("caseworker", WorkQuery.EVERYTHING);
        assertThat(all.total()).isEqualTo(all.items().size()).isGreaterThanOrEqualTo(3);
        assertThat(all.items()).extracting(WorkItem::due).isSorted();

        WorkPage second = myWork.page("caseworker", WorkQuery.parse(false, null, null, "due", "asc", "2", "1"));
        assertThat(second.items()).singleElement().isEqualTo(all.items().get(1));
        assertThat(second.total()).isEqualTo(all.total());
        assertThat(second.pages()).isEqualTo(all.total());
        assertThat(second.overdue()).as("counted over the whole list").isEqualTo(all.overdue());

        WorkPage latestFirst = myWork.page("caseworker", WorkQuery.parse(false, null, null, "days", "desc", "1", "500"));
        assertThat(latestFirst.items()).extracting(WorkItem::due).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        WorkPage byCase = myWork.page("caseworker", WorkQuery.parse(false, null, null, "case", "desc", "1", "500"));
        assertThat(byCase.items()).extracting(WorkItem::caseRef).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        Browser caseworker = Browser.signedIn(port, "caseworker", "demo");
        String firstPage = caseworker.get("/my-work?size=1").body();
        assertThat(firstPage).contains("Tasks 1 to 1 of " + all.total(), "Page 1 of " + all.total(), "rel=\"next\"",
                "sort=case");
        assertThat(caseworker.get("/my-work?page=0&size=900").body()).contains("page must be", "size must be");
    }

    @Test
    void thePerformanceTeamHasNoTaskList() throws Exception {
        assertThat(Browser.signedIn(port, "analyst", "demo").get("/my-work").statusCode()).isEqualTo(403);
    }

    private void runDueTimersOf(String ref) {
        String instance = taskService.createTaskQuery().processInstanceBusinessKey(ref).list().get(0)
                .getProcessInstanceId();
        for (Job job : management.createJobQuery().processInstanceId(instance).executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private void runDueTimers() {
        for (Job job : management.createJobQuery().executable().list()) {
            management.executeJob(job.getId());
        }
    }

    private void importPlans(String rows) {
        org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
        headers.setContentType(new org.springframework.http.MediaType("text", "csv"));
        var imported = http.withBasicAuth("admin", "demo").postForEntity("/api/imports/plans",
                new org.springframework.http.HttpEntity<>("case_ref,child_given_name,child_family_name,"
                        + "child_date_of_birth,plan_start_date,team,caseworker\n" + rows, headers), String.class);
        assertThat(imported.getStatusCode().value()).as(imported.getBody()).isEqualTo(200);
    }

    private String register(String caseworker, LocalDate requested) throws Exception {
        return register(caseworker, "North", requested);
    }

    private String register(String caseworker, String team, LocalDate requested) throws Exception {
        return json.readTree(Browser.basic(port, "caseworker", "demo").postJson("/api/cases", """
                {"requestDate":"%s","source":"PARENT",%s"team":"%s",
                 "child":{"givenName":"Zara","familyName":"Khan","dateOfBirth":"2017-03-02"}}
                """.formatted(requested, caseworker == null ? "" : "\"caseworker\":\"" + caseworker + "\",", team)).body())
                .get("caseRef").asText();
    }
}
