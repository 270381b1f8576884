package org.sendclock.engine;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.runtime.NativeProcessInstanceQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Many processes started or stopped as one: what the catch-ups after an import (ADRs 13 and 23) do a batch of cases or
 * review cycles at a time.
 * <p>
 * Each call to the engine is a command of its own, and each command writes what it changed when it ends: a process
 * started at a step is about forty statements (execution, variables, timers, task, and their history), prepared and
 * sent one process at a time. Run inside {@link #together}, the calls share one command, so the batch's rows reach the
 * database in one flush, each statement prepared once and sent as one JDBC batch for the whole batch of processes.
 * The calls and their listeners run exactly as before, in the same order, in the caller's transaction; only the
 * writing is put off to the end. A failure anywhere fails the whole batch, as a failed transaction did before.
 * <p>
 * The running processes of a batch are found with one query by their business keys ({@link #runningOf}) instead of
 * one query per case or cycle.
 */
@Component
public class EngineBatch {

    private final ProcessEngine engine;
    private final RuntimeService runtime;
    private final ManagementService management;

    public EngineBatch(ProcessEngine engine, RuntimeService runtime, ManagementService management) {
        this.engine = engine;
        this.runtime = runtime;
        this.management = management;
    }

    /** Runs {@code work}'s engine calls as one engine command, written to the database once, when it returns. */
    public <T> T together(Supplier<T> work) {
        // Every service call made while a command runs joins it (Camunda's command context is reused by nested
        // calls, as a delegate's calls to the engine are).
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> work.get());
    }

    /** The running process instances of one model whose business key is one of {@code businessKeys}: one query. */
    List<ProcessInstance> runningOf(String processKey, Collection<String> businessKeys) {
        if (businessKeys.isEmpty()) {
            return List.of();
        }
        List<String> keys = List.copyOf(businessKeys);
        String executions = management.getTableName(ExecutionEntity.class);
        String definitions = management.getTableName(ProcessDefinitionEntity.class);
        // Driven by the engine's index on business keys, as the query by one business key is.
        String placeholders = java.util.stream.IntStream.range(0, keys.size()).mapToObj(i -> "#{key" + i + "}")
                .collect(Collectors.joining(", "));
        NativeProcessInstanceQuery query = runtime.createNativeProcessInstanceQuery().sql("select RES.* from "
                + executions + " RES where RES.ID_ = RES.PROC_INST_ID_ and RES.BUSINESS_KEY_ in (" + placeholders
                + ") and RES.PROC_DEF_ID_ in (select D.ID_ from " + definitions + " D where D.KEY_ = #{processKey})")
                .parameter("processKey", processKey);
        for (int i = 0; i < keys.size(); i++) {
            query = query.parameter("key" + i, keys.get(i));
        }
        return query.list();
    }
}
