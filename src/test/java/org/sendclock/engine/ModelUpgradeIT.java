package org.sendclock.engine;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendclock.SendClockApplication;
import org.sendclock.advice.AdviceCommands.RequestAdvice;
import org.sendclock.advice.AdviceService;
import org.sendclock.advice.AdviceType;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.DecideWhetherToAssess;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.Decision;
import org.sendclock.casefile.RequestSource;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.engine.ModelUpgradeReport.Moved;
import org.sendclock.engine.ModelUpgradeReport.Stayed;
import org.sendclock.support.Browser;
import org.sendclock.support.DatabaseAvailable;
import org.sendclock.support.EngineTime;
import org.sendclock.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Running processes move to a new version of their model (ADR 24), on H2 and PostgreSQL. The application runs on a
 * database of its own: the new version deployed here would otherwise be the one every other test starts.
 *
 * <p>The new version is today's assessment model with two changes an analyst might make: a step "Check the advice
 * received" after each advice request's "Await advice", and "Decide whether to assess" given another id (to Camunda,
 * a step removed and another added). It is made from bpmn/ehc-needs-assessment.bpmn as it stands, so the test follows
 * the model as the model changes; each edit is checked to have found its place.
 */
@ExtendWith(DatabaseAvailable.class)
class ModelUpgradeIT {

    /** A Monday; every clock of both cases is still weeks ahead. */
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final LocalDate REQUEST = LocalDate.of(2026, 2, 16);
    static final String MODEL = "ehc-needs-assessment";

    @AfterEach
    void resetClock() {
        EngineTime.reset();
    }

    @Test
    void runningProcessesMoveToTheNewVersionWithTheirTasksAndTimersAndThoseAtARemovedStepStayAndAreListed()
            throws Exception {
        EngineTime.setTo(TODAY, LocalTime.of(9, 0));
        try (ConfigurableApplicationContext node = node(TestDatabase.freshDatabase("model_upgrade"))) {
            RuntimeService runtime = node.getBean(RuntimeService.class);
            TaskService tasks = node.getBean(TaskService.class);
            ManagementService management = node.getBean(ManagementService.class);
            RepositoryService repository = node.getBean(RepositoryService.class);
            AssessmentService assessments = node.getBean(AssessmentService.class);
            ModelUpgrade upgrade = node.getBean(ModelUpgrade.class);
            JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);

            // A start with nothing behind finds nothing, and an unchanged model is never deployed again.
            assertThat(upgrade.behind()).isZero();
            assertThat(((SpringProcessEngineConfiguration) ((ProcessEngineImpl) node.getBean(ProcessEngine.class))
                    .getProcessEngineConfiguration()).isDeployChangedOnly()).isTrue();

            // Case A awaits health advice: the assessment's subprocess with its week 16 timers, the week 20 event
            // subprocesses' timers, and one advice request's own instance with its task and three timers.
            String awaitingAdvice = register(assessments);
            assessments.decideWhetherToAssess(awaitingAdvice,
                    new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
            node.getBean(AdviceService.class).request(awaitingAdvice,
                    new RequestAdvice(AdviceType.HEALTH, "Northshire ICB", TODAY));
            // Case B waits for the decision whether to assess, the step the new version no longer has.
            String awaitingDecision = register(assessments);

            ProcessInstance a = instance(runtime, awaitingAdvice);
            ProcessInstance b = instance(runtime, awaitingDecision);
            ProcessDefinition v1 = repository.getProcessDefinition(a.getProcessDefinitionId());
            Task await = task(tasks, awaitingAdvice, "AwaitAdvice");
            assertThat(await.getAssignee()).isEqualTo("caseworker");
            Map<String, Date> timersOfA = timers(management, a.getId());
            assertThat(timersOfA).containsOnlyKeys("NoPlanNoticeAtRisk", "NoPlanNoticeOverdue", "FinalPlanAtRisk",
                    "FinalPlanOverdue", "AdviceReminderDue", "AdviceOverdue", "AdviceLongOverdue");
            Map<String, Date> timersOfB = timers(management, b.getId());
            assertThat(timersOfB).containsKeys("DecisionAtRisk", "DecisionOverdue");

            ProcessDefinition v2 = deployNextVersion(repository);
            assertThat(v2.getVersion()).isEqualTo(v1.getVersion() + 1);
            assertThat(upgrade.behind()).isEqualTo(2);

            ModelUpgradeReport report = upgrade.run();

            assertThat(report.ranHere()).isTrue();
            assertThat(report.moved()).containsExactly(new Moved(awaitingAdvice, a.getId(), MODEL,
                    "EHC needs assessment (20 weeks)", v1.getVersion(), v2.getVersion()));
            assertThat(report.stayed()).singleElement().satisfies(stayed -> {
                assertThat(stayed.caseRef()).isEqualTo(awaitingDecision);
                assertThat(stayed.processInstanceId()).isEqualTo(b.getId());
                assertThat(stayed.version()).isEqualTo(v1.getVersion());
                assertThat(stayed.newestVersion()).isEqualTo(v2.getVersion());
                assertThat(stayed.reason()).isEqualTo("it waits at \"Decide whether to assess\" "
                        + "(DecideWhetherToAssess), which version " + v2.getVersion() + " does not have");
            });

            // A is on the new version at the same task, with its assignee, and every timer where it was: their
            // dates come from the clock register, which the move did not change.
            assertThat(instance(runtime, awaitingAdvice).getProcessDefinitionId()).isEqualTo(v2.getId());
            Task moved = task(tasks, awaitingAdvice, "AwaitAdvice");
            assertThat(moved.getId()).isEqualTo(await.getId());
            assertThat(moved.getAssignee()).isEqualTo("caseworker");
            assertThat(moved.getName()).isEqualTo("Await health advice (Northshire ICB)");
            assertThat(moved.getDueDate()).isEqualTo(await.getDueDate());
            assertThat(tasks.getIdentityLinksForTask(moved.getId())).extracting(IdentityLink::getGroupId)
                    .contains("North");
            assertThat(moved.getProcessDefinitionId()).isEqualTo(v2.getId());
            assertThat(timers(management, a.getId())).isEqualTo(timersOfA);
            assertThat(management.createJobQuery().processInstanceId(a.getId()).list())
                    .allSatisfy(job -> assertThat(job.getProcessDefinitionId()).isEqualTo(v2.getId()));
            assertThat(timeline(jdbc, awaitingAdvice)).contains("Process moved to version " + v2.getVersion()
                    + " of the model \"EHC needs assessment (20 weeks)\" (from version " + v1.getVersion()
                    + "): its open tasks, who has them and its timers carried on; the steps from here are the new "
                    + "version's");

            // B runs on as before, on its version, at its step, with its timers; its timeline says nothing.
            assertThat(instance(runtime, awaitingDecision).getProcessDefinitionId()).isEqualTo(v1.getId());
            assertThat(runtime.getActiveActivityIds(b.getId())).containsExactly("DecideWhetherToAssess");
            assertThat(timers(management, b.getId())).isEqualTo(timersOfB);
            assertThat(timeline(jdbc, awaitingDecision)).noneMatch(entry -> entry.startsWith("Process moved"));

            // A's advice task done: the new version's step follows, not the old version's end.
            tasks.complete(moved.getId());
            assertThat(runtime.getActiveActivityIds(a.getId())).contains("CheckAdviceReceived", "AllAdviceIn");
            assertThat(task(tasks, awaitingAdvice, "CheckAdviceReceived").getName())
                    .isEqualTo("Check the advice received");

            // Another node moving them now: this one leaves them alone, and the administrator is told so.
            try (NodeLocks.Held elsewhere = node.getBean(NodeLocks.class).hold(ModelUpgrade.LOCK, ofSeconds(30))
                    .orElseThrow()) {
                assertThat(upgrade.run()).isEqualTo(ModelUpgradeReport.notHere());
                HttpResponse<String> busy = admin(node).send("POST", "/api/model-versions/upgrade", "{}", Map.of());
                assertThat(busy.statusCode()).isEqualTo(409);
            }

            // The administrator's command: B still cannot move, and the answer says why.
            HttpResponse<String> answer = admin(node).send("POST", "/api/model-versions/upgrade", "{}", Map.of());
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode body = node.getBean(ObjectMapper.class).readTree(answer.body());
            assertThat(body.get("moved")).isEmpty();
            assertThat(body.get("stayed")).hasSize(1);
            assertThat(body.get("stayed").get(0).get("caseRef").asText()).isEqualTo(awaitingDecision);
            assertThat(body.get("stayed").get(0).get("reason").asText()).contains("Decide whether to assess");

            // Once B has moved on (on its old version) to a step the new version has, the next start takes it.
            assessments.decideWhetherToAssess(awaitingDecision,
                    new DecideWhetherToAssess(Decision.ASSESS, TODAY, null, null, null));
            assertThat(runtime.getActiveActivityIds(b.getId())).containsExactly("RequestAdvice");
            assertThat(upgrade.behind()).isEqualTo(1);
            node.getBean(ModelUpgradeAtStartUp.class).run(null);
            await().atMost(ofSeconds(30)).pollInterval(ofMillis(100))
                    .until(() -> v2.getId().equals(instance(runtime, awaitingDecision).getProcessDefinitionId()));
            assertThat(upgrade.behind()).isZero();
            assertThat(task(tasks, awaitingDecision, "RequestAdvice").getAssignee()).isEqualTo("caseworker");
        }
    }

    /**
     * Today's model with a step after "Await advice" and "Decide whether to assess" under another id (its timers
     * follow it), deployed as the engine deploys a changed model.
     */
    private static ProcessDefinition deployNextVersion(RepositoryService repository) throws IOException {
        String today;
        try (InputStream model = ModelUpgradeIT.class.getResourceAsStream("/bpmn/ehc-needs-assessment.bpmn")) {
            today = new String(model.readAllBytes(), StandardCharsets.UTF_8);
        }
        String toAnswered = "<bpmn:sequenceFlow id=\"Flow_ToAdviceAnswered\" sourceRef=\"AwaitAdvice\" "
                + "targetRef=\"AdviceAnswered\"/>";
        assertThat(today).contains(toAnswered, "\"DecideWhetherToAssess\"");
        String next = today
                .replace(toAnswered, "<bpmn:sequenceFlow id=\"Flow_ToAdviceAnswered\" sourceRef=\"AwaitAdvice\" "
                        + "targetRef=\"CheckAdviceReceived\"/>"
                        + "<bpmn:userTask id=\"CheckAdviceReceived\" name=\"Check the advice received\"/>"
                        + "<bpmn:sequenceFlow id=\"Flow_FromCheckAdviceReceived\" sourceRef=\"CheckAdviceReceived\" "
                        + "targetRef=\"AdviceAnswered\"/>")
                .replace("\"DecideWhetherToAssess\"", "\"DecideOnAssessment\"");
        String deployment = repository.createDeployment().name("next version of the assessment (test)")
                .addString("ehc-needs-assessment.bpmn", next).deploy().getId();
        return repository.createProcessDefinitionQuery().deploymentId(deployment).processDefinitionKey(MODEL)
                .singleResult();
    }

    private static String register(AssessmentService assessments) {
        return assessments.register(new RegisterRequest(REQUEST, RequestSource.PARENT,
                new ChildDetails("Model", "Upgrade", LocalDate.of(2018, 5, 14), null, null), "caseworker", "North"))
                .getCaseRef();
    }

    private static ProcessInstance instance(RuntimeService runtime, String caseRef) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseRef).singleResult();
    }

    private static Task task(TaskService tasks, String caseRef, String key) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseRef).taskDefinitionKey(key).singleResult();
    }

    /** Each pending timer of the process by the model element it belongs to, with its due date. */
    private static Map<String, Date> timers(ManagementService management, String processInstanceId) {
        List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).timers().list();
        Map<String, Date> byElement = new TreeMap<>();
        for (Job job : jobs) {
            String element = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId())
                    .singleResult().getActivityId();
            assertThat(byElement.put(element, job.getDuedate())).as("one timer of " + element).isNull();
        }
        return byElement;
    }

    private static List<String> timeline(JdbcTemplate jdbc, String caseRef) {
        return jdbc.queryForList("select t.description from timeline_event t join assessment_case c "
                + "on c.id = t.case_id where c.case_ref = ? order by t.id", String.class, caseRef);
    }

    private static Browser admin(ConfigurableApplicationContext node) {
        return Browser.basic(((WebServerApplicationContext) node).getWebServer().getPort(), "admin", "demo");
    }

    /** The whole application on a database of its own, its own engine name, job executor off as in every test. */
    private static ConfigurableApplicationContext node(Map<String, Object> database) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("server.port", "0");
        settings.put("camunda.bpm.process-engine-name", "modelupgrade");
        // Camunda's webapps keep process-wide state: only the shared test application serves them.
        settings.put("camunda.bpm.webapp.enabled", "false");
        return new SpringApplicationBuilder(SendClockApplication.class).profiles("test").run(settings.entrySet()
                .stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }
}
