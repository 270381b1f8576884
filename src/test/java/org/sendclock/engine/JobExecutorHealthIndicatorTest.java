package org.sendclock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** A real job executor, started, stopped, and with its acquisition thread killed the way an OutOfMemoryError does. */
class JobExecutorHealthIndicatorTest {

    @Test
    void upWhileRunningDownOnceStopped() {
        DefaultJobExecutor executor = new DefaultJobExecutor();
        JobExecutorHealthIndicator health = new JobExecutorHealthIndicator(executor, true);
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
        executor.start();
        try {
            assertThat(health.health().getStatus()).isEqualTo(Status.UP);
        } finally {
            executor.shutdown();
        }
        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void downWhenTheAcquisitionThreadHasDiedThoughTheExecutorStillSaysItIsActive() throws Exception {
        DyingExecutor executor = new DyingExecutor();
        executor.start();
        try {
            executor.acquisitionThread().join(10_000);
            assertThat(executor.isActive()).isTrue();
            assertThat(new JobExecutorHealthIndicator(executor, true).health().getDetails())
                    .containsEntry("reason", "the job executor's acquisition thread has died: no timer fires");
            assertThat(new JobExecutorHealthIndicator(executor, true).health().getStatus()).isEqualTo(Status.DOWN);
        } finally {
            executor.shutdown();
        }
    }

    @Test
    void aNodeWithJobExecutionSwitchedOffIsUpAndSaysSo() {
        assertThat(new JobExecutorHealthIndicator(new DefaultJobExecutor(), false).health().getDetails())
                .containsEntry("jobExecution", "switched off by camunda.bpm.job-execution.enabled");
    }

    /** Its acquisition thread ends with an error at once, as one does when the heap runs out. */
    private static final class DyingExecutor extends DefaultJobExecutor {
        @Override
        protected void ensureInitialization() {
            super.ensureInitialization();
            acquireJobsRunnable = new AcquireJobsRunnable(this) {
                @Override
                public void run() {
                    throw new IllegalStateException("the acquisition thread dies (test)");
                }
            };
        }

        Thread acquisitionThread() {
            return jobAcquisitionThread;
        }
    }
}
