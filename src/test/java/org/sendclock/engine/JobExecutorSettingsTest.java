package org.sendclock.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The product's job executor settings keep the promise that a dead node's timers run on another node within a minute
 * (ADR 15); {@link DeadNodeJobsIT} proves the mechanism with two nodes and a short lock.
 */
class JobExecutorSettingsTest {

    private final Properties settings = settings();

    @Test
    void aDeadNodesJobsAreTakenWithinAMinute() {
        // Worst case: the lock runs out just after an idle node looked, and it looks again after its longest wait.
        assertThat(number("lock-time-in-millis") + number("max-wait")).isLessThanOrEqualTo(60_000);
        assertThat(number("wait-time-in-millis")).isLessThanOrEqualTo(number("max-wait"));
    }

    @Test
    void noJobTakenWaitsInAQueueWhileItsLockRunsOut() {
        // Jobs taken at once share one lock; with a thread for each, none starts late.
        assertThat(number("max-jobs-per-acquisition")).isLessThanOrEqualTo(number("core-pool-size"));
    }

    private long number(String name) {
        String value = settings.getProperty("camunda.bpm.job-execution." + name);
        assertThat(value).as(name + " is set in application.yml").isNotNull();
        return Long.parseLong(value);
    }

    private static Properties settings() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        return yaml.getObject();
    }
}
