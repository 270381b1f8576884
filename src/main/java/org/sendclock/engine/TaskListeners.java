package org.sendclock.engine;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The task listeners the model names ({@code camunda:taskListener delegateExpression="${caseTaskListener}"}), each
 * a {@link TaskCreatedListener} around the domain's {@link NewTasks} bean of the same purpose.
 */
@Configuration(proxyBeanMethods = false)
class TaskListeners {

    /** Every caseworker's task: caseworker, team, statutory due date, the case's stage (assessment's "caseTasks"). */
    @Bean
    TaskCreatedListener caseTaskListener(@Qualifier("caseTasks") NewTasks caseTasks) {
        return new TaskCreatedListener(caseTasks);
    }

    /** Every caseworker's task of a plan's review cycle: caseworker, team, the cycle's due date (review's "reviewTasks"). */
    @Bean
    TaskCreatedListener reviewTaskListener(@Qualifier("reviewTasks") NewTasks reviewTasks) {
        return new TaskCreatedListener(reviewTasks);
    }

    /** Every caseworker's task of a re-assessment: caseworker, team, its clock's due date (reassessment's "reassessmentTasks"). */
    @Bean
    TaskCreatedListener reassessmentTaskListener(@Qualifier("reassessmentTasks") NewTasks reassessmentTasks) {
        return new TaskCreatedListener(reassessmentTasks);
    }

    /** The managers' "Acknowledge the escalation" task (oversight's "escalationTasks"). */
    @Bean
    TaskCreatedListener escalationTaskListener(@Qualifier("escalationTasks") NewTasks escalationTasks) {
        return new TaskCreatedListener(escalationTasks);
    }
}
