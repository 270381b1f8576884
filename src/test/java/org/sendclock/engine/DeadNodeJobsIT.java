package org.sendclock.engine;

import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AcquireJobsCmd;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sendclock.SendClockApplication;
import org.sendclock.assessment.AssessmentService;
import org.sendclock.assessment.Commands.ChildDetails;
import org.sendclock.assessment.Commands.RegisterRequest;
import org.sendclock.casefile.RequestSource;
import org.sendclock.support.DatabaseAvailable;
import org.sendclock.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on one database (H2 in memory shared within this JVM, or a fresh PostgreSQL database): node A
 * takes a case's due timers as its job executor would (locks them in the job table) and never runs them, as if it had
 * died; node B, whose job executor is running, takes them once A's lock has run out and records the breach exactly
 * once. The lock is 4 s here so the test is quick; the product's lock time is in application.yml (ADR 15).
 */
@ExtendWith(DatabaseAvailable.class)
class DeadNodeJobsIT {

    static final int LOCK_MILLIS = 4_000;
    static final int MAX_WAIT_MILLIS = 500;

    @Test
    void aDeadNodesTimersAreRunByTheOtherNodeOnceItsLockRunsOutAndTheBreachIsRecordedOnce() {
        Map<String, Object> database = TestDatabase.freshDatabase("two_nodes");
        try (ConfigurableApplicationContext nodeA = node("node-a", database, false);
             ConfigurableApplicationContext nodeB = node("node-b", database, true)) {
            JdbcTemplate jdbc = nodeA.getBean(JdbcTemplate.class);

            // On node A, in one transaction: the case (its week 6 decision passed a fortnight ago, so its warning and
            // breach timers are due at once) and the acquisition of those timers by A's job executor. Node B never
            // sees them unlocked.
            JobExecutor executorA = configuration(nodeA).getJobExecutor();
            executorA.setLockOwner("node-a");
            executorA.setLockTimeInMillis(LOCK_MILLIS);
            String ref = nodeA.getBean(TransactionTemplate.class).execute(tx -> {
                String caseRef = nodeA.getBean(AssessmentService.class).register(new RegisterRequest(
                        LocalDate.now().minusWeeks(8), RequestSource.PARENT,
                        new ChildDetails("Two", "Nodes", LocalDate.of(2018, 5, 14), null, null), null, "North"))
                        .getCaseRef();
                AcquiredJobs acquired = configuration(nodeA).getCommandExecutorTxRequired()
                        .execute(new AcquireJobsCmd(executorA, 10));
                assertThat(acquired.size()).isGreaterThanOrEqualTo(2);
                return caseRef;
            });

            List<Map<String, Object>> locked = jdbc.queryForList("select j.lock_owner_, j.lock_exp_time_ "
                    + "from act_ru_job j join act_ru_execution e on e.id_ = j.process_instance_id_ "
                    + "where e.business_key_ = ? and j.duedate_ <= ?", ref, Timestamp.from(Instant.now()));
            assertThat(locked).isNotEmpty().allSatisfy(job -> assertThat(job.get("lock_owner_")).isEqualTo("node-a"));
            Instant lockedUntil = ((Timestamp) locked.get(0).get("lock_exp_time_")).toInstant();

            // Node A is now dead to the world: it never runs what it took. Node B runs the timers after the lock.
            try {
                await().atMost(ofMillis(LOCK_MILLIS).plus(ofSeconds(60))).pollInterval(ofMillis(200))
                        .until(() -> breaches(jdbc, ref) > 0 && dueJobs(jdbc, ref) == 0);
            } catch (RuntimeException e) {
                throw new AssertionError("Node B (job executor active: " + configuration(nodeB).getJobExecutor()
                        .isActive() + ") did not run the timers; jobs: " + jdbc.queryForList(
                        "select handler_cfg_, duedate_, lock_owner_, lock_exp_time_, retries_ from act_ru_job"), e);
            }

            Timestamp recordedAt = jdbc.queryForObject("select t.occurred_at from timeline_event t join assessment_case c "
                    + "on c.id = t.case_id where c.case_ref = ? and t.kind = 'BREACH'", Timestamp.class, ref);
            assertThat(recordedAt.toInstant()).isAfterOrEqualTo(lockedUntil);
            assertThat(breaches(jdbc, ref)).isEqualTo(1);
            assertThat(jdbc.queryForObject("select count(*) from timeline_event t join assessment_case c "
                    + "on c.id = t.case_id where c.case_ref = ? and t.kind = 'BREACH'", Long.class, ref)).isEqualTo(1);
        }
    }

    private static long breaches(JdbcTemplate jdbc, String ref) {
        return jdbc.queryForObject("select count(*) from breach b join assessment_case c on c.id = b.case_id "
                + "where c.case_ref = ?", Long.class, ref);
    }

    private static long dueJobs(JdbcTemplate jdbc, String ref) {
        return jdbc.queryForObject("select count(*) from act_ru_job j join act_ru_execution e "
                + "on e.id_ = j.process_instance_id_ where e.business_key_ = ? and j.duedate_ <= ?", Long.class,
                ref, Timestamp.from(Instant.now()));
    }

    private static ProcessEngineConfigurationImpl configuration(ConfigurableApplicationContext node) {
        return ((ProcessEngineImpl) node.getBean(ProcessEngine.class)).getProcessEngineConfiguration();
    }

    /** One node: the whole application on its own port, its own engine name, the shared database. */
    private static ConfigurableApplicationContext node(String name, Map<String, Object> database, boolean jobs) {
        Map<String, Object> settings = new HashMap<>(database);
        settings.put("server.port", "0");
        settings.put("camunda.bpm.process-engine-name", name.replace("-", ""));
        // Camunda's webapps keep process-wide state: only the shared test application serves them.
        settings.put("camunda.bpm.webapp.enabled", "false");
        settings.put("camunda.bpm.job-execution.enabled", String.valueOf(jobs));
        settings.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_MILLIS));
        settings.put("camunda.bpm.job-execution.wait-time-in-millis", "200");
        settings.put("camunda.bpm.job-execution.max-wait", String.valueOf(MAX_WAIT_MILLIS));
        // As arguments, which come before the profile's files (builder properties would come after them).
        return new SpringApplicationBuilder(SendClockApplication.class).profiles("test").run(settings.entrySet()
                .stream().map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }
}
