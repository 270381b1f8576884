package org.sendclock.engine;

import jakarta.persistence.OptimisticLockException;
import org.aopalliance.intercept.MethodInterceptor;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.hibernate.StaleStateException;
import org.sendclock.casefile.CaseChangedMeanwhile;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two changes of one case at once (a step saved while a timer fires, two colleagues saving a step) end with one of
 * them refused by optimistic locking, in the engine (Camunda's {@link OptimisticLockingException}) or in the case
 * record (a stale {@code @Version}). The refused one has rolled back whole; this turns its failure, at the edge of
 * every transactional service method and outside the transaction (so failures at commit are seen too), into a
 * {@link CaseChangedMeanwhile}: a 409 with a plain reason for the API, a form error for the pages, never a 500.
 */
@Configuration(proxyBeanMethods = false)
class ConcurrentChanges {

    @Bean
    static Advisor concurrentChangeAdvisor() {
        ComposablePointcut transactional = new ComposablePointcut(
                new AnnotationMatchingPointcut(Transactional.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(Transactional.class));
        MethodInterceptor translate = invocation -> {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (isConcurrentChange(e)) {
                    throw new CaseChangedMeanwhile(e);
                }
                throw e;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(transactional, translate);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE); // outside the transaction advice: commit failures included
        return advisor;
    }

    static boolean isConcurrentChange(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CaseChangedMeanwhile) {
                return false; // already said
            }
            if (t instanceof OptimisticLockingException || t instanceof OptimisticLockingFailureException
                    || t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
        }
        return false;
    }
}
