package org.sendclock.engine;

import static org.sendclock.assessment.AssessmentSteps.PROCESS_KEY;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The second line behind the read-only engine API (ADR 15): notices an assessment's process ending by deletion or
 * cancellation that the product did not ask for (Cockpit, Camunda's REST API, its Java API, a batch) and tells the
 * domain ({@link OutsideStops}) in the same transaction.
 *
 * <p>A built-in end listener on the process, added as each model is deployed: unlike a listener in the model it also
 * runs when the deletion asks to skip custom listeners, as Cockpit can. A process that ends through the model (a
 * refusal, a withdrawal, a closure, a plan issued) is not externally terminated and is left alone; the product's own
 * deletion (an import restating a case, {@link AssessmentProcess#stop}) runs inside {@link #productStopping}.
 */
@Component
class ProcessStopWatch extends AbstractProcessEnginePlugin {

    private static final ThreadLocal<Boolean> PRODUCT_STOPPING = ThreadLocal.withInitial(() -> false);

    private final ObjectProvider<OutsideStops> domain;

    ProcessStopWatch(ObjectProvider<OutsideStops> domain) {
        this.domain = domain;
    }

    /** Runs the product's own deletion of a process: not reported as a stop behind the record's back. */
    static <T> T productStopping(Supplier<T> stop) {
        boolean outer = PRODUCT_STOPPING.get();
        PRODUCT_STOPPING.set(true);
        try {
            return stop.get();
        } finally {
            PRODUCT_STOPPING.set(outer);
        }
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                if (PROCESS_KEY.equals(definition.getKey())) {
                    definition.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) this::ended);
                }
            }

            private void ended(DelegateExecution execution) {
                ProcessStopWatch.this.ended(execution);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void ended(DelegateExecution execution) {
        if (!(execution instanceof ExecutionEntity instance) || !instance.isProcessInstanceExecution()
                || !instance.isExternallyTerminated() || PRODUCT_STOPPING.get()) {
            return;
        }
        domain.getObject().stopped(new OutsideStop(instance.getProcessBusinessKey(), instance.getId(), whoStopped(),
                instance.getDeleteReason()));
    }

    /**
     * The person signed in to SEND Clock (the REST API and Cockpit both sit behind its sign-in), else whom the engine
     * was told is acting (Cockpit tells it), else nobody: a batch deletion runs later on the job executor.
     */
    private static String whoStopped() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return signedIn.getName();
        }
        CommandContext command = Context.getCommandContext();
        return command == null ? null : command.getAuthenticatedUserId();
    }
}
