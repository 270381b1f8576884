package org.sendclock.support;

import org.camunda.community.process_test_coverage.spring_test.common.ProcessEngineCoverageProperties;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Process test coverage (report in target/process-test-coverage/). The process tests must reach every flow node of
 * the model; other integration tests only add to the report.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(ProcessEngineCoverageConfiguration.class)
public class ProcessCoverage {

    @Bean
    ProcessEngineCoverageProperties processEngineCoverageProperties() {
        return ProcessEngineCoverageProperties.builder()
                .addInclusionPatternForTestClasses(".*AssessmentProcessIT")
                .assertClassCoverageAtLeast(1.0)
                // Issuing a plan starts its first review cycle: the review model is not the assessment's to cover.
                // ReviewCycleIT checks that its own tests pass every flow node of the review model.
                .excludeProcessDefinitionKeys("ehc-annual-review")
                .build();
    }
}
