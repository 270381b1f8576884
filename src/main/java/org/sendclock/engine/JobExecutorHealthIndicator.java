package org.sendclock.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Whether the engine's job executor is alive, for {@code /actuator/health/readiness}: it fires every timer, so a node
 * whose executor is stopped or whose acquisition thread has died (an OutOfMemoryError kills threads one by one) lets
 * every statutory clock stand still while still answering pages. DOWN then, so the orchestrator restarts the node.
 * Camunda's own indicator only asks {@code isActive()}, which stays true after the thread has died; it is switched
 * off ({@code management.health.camunda.enabled=false}) and this one takes its name, {@code jobExecutor}.
 * A node started with job execution switched off ({@code camunda.bpm.job-execution.enabled=false}, as the tests do)
 * has nothing to fire and is UP, saying so.
 */
@Component("jobExecutorHealthIndicator")
class JobExecutorHealthIndicator implements HealthIndicator {

    private final JobExecutor executor;
    private final boolean switchedOn;

    @Autowired
    JobExecutorHealthIndicator(ProcessEngine engine,
                               @Value("${camunda.bpm.job-execution.enabled:true}") boolean switchedOn) {
        this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), switchedOn);
    }

    JobExecutorHealthIndicator(JobExecutor executor, boolean switchedOn) {
        this.executor = executor;
        this.switchedOn = switchedOn;
    }

    @Override
    public Health health() {
        if (!switchedOn) {
            return Health.up().withDetail("jobExecution", "switched off by camunda.bpm.job-execution.enabled").build();
        }
        if (executor == null || !executor.isActive()) {
            return Health.down().withDetail("reason", "the job executor is not running: no timer fires").build();
        }
        if (!threadAlive(executor.getName())) {
            return Health.down().withDetail("reason", "the job executor's acquisition thread has died: no timer fires")
                    .build();
        }
        return Health.up().withDetail("acquisitionThread", executor.getName()).build();
    }

    /** The engine names the thread that acquires due jobs after its executor. */
    private static boolean threadAlive(String name) {
        ThreadGroup root = Thread.currentThread().getThreadGroup();
        while (root.getParent() != null) {
            root = root.getParent();
        }
        Thread[] threads = new Thread[root.activeCount() + 16];
        int count = root.enumerate(threads, true);
        for (int i = 0; i < count; i++) {
            if (threads[i].getName().equals(name) && threads[i].isAlive()) {
                return true;
            }
        }
        return false;
    }
}
