package org.sendclock.engine;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.engine.ModelUpgradeReport.Moved;
import org.sendclock.engine.ModelUpgradeReport.Stayed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves every running process on an older version of its model to the newest version (ADR 24): a case's process
 * outlives the deployments of its model (an assessment runs 20 weeks and more, a plan's review cycle a year), and a
 * process left on the version it started with keeps that version's steps and timer expressions for good.
 *
 * <p>For each older version, one Camunda migration plan: every activity mapped to the activity with the same id in
 * the newest version, timers re-read from the new version's expressions (which ask the clock register, so a timer whose
 * expression did not change keeps its date). Processes move in batches of {@value #BATCH}, each batch in one short
 * transaction with its timeline entries. A process waiting at a step the newest version does not have cannot move: it
 * stays where it is, running as before, and is listed with the reason; once it has moved on to a step the new version
 * has, the next run takes it.
 *
 * <p>One node at a time ({@link NodeLocks}): two nodes starting together would otherwise move the same processes at
 * once and fail each other's batches.
 */
@Component
public class ModelUpgrade {

    private static final Logger log = LoggerFactory.getLogger(ModelUpgrade.class);

    static final String LOCK = "model-upgrade";
    /** Renewed while the run lasts; a node that dies mid-run holds it this long at most. */
    private static final Duration LOCK_LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;
    /** Processes that stayed, named one by one in the log, per model version; the rest are counted. */
    private static final int NAMED_IN_LOG = 20;

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final ManagementService management;
    private final NodeLocks nodeLocks;
    private final TransactionTemplate transaction;
    private final ObjectProvider<UpgradedProcesses> domain;

    ModelUpgrade(RuntimeService runtime, RepositoryService repository, ManagementService management,
                 NodeLocks nodeLocks, TransactionTemplate transaction, ObjectProvider<UpgradedProcesses> domain) {
        this.runtime = runtime;
        this.repository = repository;
        this.management = management;
        this.nodeLocks = nodeLocks;
        this.transaction = transaction;
        this.domain = domain;
    }

    /**
     * How many running processes are on an older version of their model: one query, driven by the few older versions
     * (the engine's index on each execution's definition), so a start with nothing to move costs next to nothing.
     */
    public long behind() {
        return runtime.createNativeProcessInstanceQuery().sql(onOlderVersions("count(*)")).count();
    }

    /**
     * Moves every process it can, here, unless another node is doing it now.
     *
     * @return what moved and what stayed; {@link ModelUpgradeReport#ranHere()} false when another node holds the run
     */
    public ModelUpgradeReport run() {
        Optional<NodeLocks.Held> held = nodeLocks.hold(LOCK, LOCK_LEASE);
        if (held.isEmpty()) {
            log.info("Another node is moving running processes to the newest versions of their models; not run here");
            return ModelUpgradeReport.notHere();
        }
        try (NodeLocks.Held oneNode = held.get()) {
            // Read under the lock: whatever another node moved before it let go is no longer behind.
            Map<String, List<ProcessInstance>> byVersion = runtime.createNativeProcessInstanceQuery()
                    .sql(onOlderVersions("RES.*")).list().stream()
                    .collect(Collectors.groupingBy(ProcessInstance::getProcessDefinitionId, LinkedHashMap::new,
                            Collectors.toList()));
            List<Moved> moved = new ArrayList<>();
            List<Stayed> stayed = new ArrayList<>();
            for (Map.Entry<String, List<ProcessInstance>> version : byVersion.entrySet()) {
                ProcessDefinition from = repository.getProcessDefinition(version.getKey());
                new VersionUpgrade(from, newest(from), moved, stayed).run(version.getValue());
            }
            return new ModelUpgradeReport(true, List.copyOf(moved), List.copyOf(stayed));
        }
    }

    /** Process instances (the execution that is its own process instance) on a version older than its key's newest. */
    private String onOlderVersions(String select) {
        String executions = management.getTableName(ExecutionEntity.class);
        String definitions = management.getTableName(ProcessDefinitionEntity.class);
        return "select " + select + " from " + executions + " RES where RES.ID_ = RES.PROC_INST_ID_ "
                + "and RES.PROC_DEF_ID_ in (select D.ID_ from " + definitions + " D where exists (select 1 from "
                + definitions + " L where L.KEY_ = D.KEY_ and L.VERSION_ > D.VERSION_ and (L.TENANT_ID_ = D.TENANT_ID_ "
                + "or (L.TENANT_ID_ is null and D.TENANT_ID_ is null))))";
    }

    private ProcessDefinition newest(ProcessDefinition of) {
        ProcessDefinitionQuery query = repository.createProcessDefinitionQuery().processDefinitionKey(of.getKey())
                .latestVersion();
        return (of.getTenantId() == null ? query.withoutTenantId() : query.tenantIdIn(of.getTenantId())).singleResult();
    }

    /** The processes on one older version, moved to the newest version of the same model. */
    private final class VersionUpgrade {
        private final ProcessDefinition from;
        private final ProcessDefinition to;
        private final List<Moved> moved;
        private final List<Stayed> stayed;
        private final List<Stayed> stayedHere = new ArrayList<>();
        private int movedHere;
        /** The older version's steps the newest does not have: processes waiting there cannot move. */
        private Set<String> gone = Set.of();
        private BpmnModelInstance model;

        VersionUpgrade(ProcessDefinition from, ProcessDefinition to, List<Moved> moved, List<Stayed> stayed) {
            this.from = from;
            this.to = to;
            this.moved = moved;
            this.stayed = stayed;
        }

        void run(List<ProcessInstance> instances) {
            MigrationPlan plan;
            try {
                plan = runtime.createMigrationPlan(from.getId(), to.getId()).mapEqualActivities()
                        .updateEventTriggers().build();
            } catch (MigrationPlanValidationException e) {
                String reason = "version " + to.getVersion() + " cannot take processes from version "
                        + from.getVersion() + ": " + e.getValidationReport().getInstructionReports().stream()
                        .flatMap(report -> report.getFailures().stream()).distinct()
                        .collect(Collectors.joining("; "));
                instances.forEach(instance -> stay(instance, reason));
                logOutcome();
                return;
            }
            model = repository.getBpmnModelInstance(from.getId());
            Set<String> mapped = plan.getInstructions().stream().map(MigrationInstruction::getSourceActivityId)
                    .collect(Collectors.toSet());
            Set<String> unmapped = steps(model).stream().filter(id -> !mapped.contains(id))
                    .collect(Collectors.toCollection(TreeSet::new));
            Set<String> inNewest = steps(repository.getBpmnModelInstance(to.getId()));
            gone = unmapped.stream().filter(id -> !inNewest.contains(id)).collect(Collectors.toSet());
            // A process waiting at a step without a counterpart would fail every batch it was in. At a step the newest
            // version does not have, the reason is known: it stays without asking Camunda, which would log each
            // refusal as an error with its stack trace at every start. At one it has but Camunda cannot map (a step
            // of another kind or in another place), Camunda is asked on its own and says why.
            Set<String> atUnmapped = unmapped.isEmpty() ? Set.of() : runtime.createProcessInstanceQuery()
                    .processDefinitionId(from.getId()).activityIdIn(unmapped.toArray(String[]::new)).list().stream()
                    .map(ProcessInstance::getId).collect(Collectors.toSet());
            List<ProcessInstance> together = new ArrayList<>();
            List<ProcessInstance> alone = new ArrayList<>();
            for (ProcessInstance instance : instances) {
                if (!atUnmapped.contains(instance.getId())) {
                    together.add(instance);
                    continue;
                }
                List<String> atGone = runtime.getActiveActivityIds(instance.getId()).stream().filter(gone::contains)
                        .distinct().toList();
                if (atGone.isEmpty()) {
                    alone.add(instance);
                } else {
                    stay(instance, atGone.stream().map(id -> at(id, List.of())).collect(Collectors.joining("; ")));
                }
            }
            for (int start = 0; start < together.size(); start += BATCH) {
                List<ProcessInstance> batch = together.subList(start, Math.min(together.size(), start + BATCH));
                try {
                    move(plan, batch);
                } catch (RuntimeException e) {
                    alone.addAll(batch); // one of them changed meanwhile or cannot move: each on its own, to find it
                }
            }
            for (ProcessInstance instance : alone) {
                try {
                    move(plan, List.of(instance));
                } catch (MigratingProcessInstanceValidationException e) {
                    stay(instance, reason(e.getValidationReport()));
                } catch (OptimisticLockingException e) {
                    stay(instance, "it changed while it was being moved (a step or timer at the same moment); "
                            + "it is tried again at the next start");
                } catch (RuntimeException e) {
                    stay(instance, "it could not be moved (" + e.getClass().getSimpleName() + ")");
                }
            }
            logOutcome();
        }

        /** One short transaction: the processes move and their timelines say so, or neither. */
        private void move(MigrationPlan plan, List<ProcessInstance> batch) {
            List<Moved> done = batch.stream().map(instance -> new Moved(instance.getBusinessKey(), instance.getId(),
                    from.getKey(), to.getName() == null ? to.getKey() : to.getName(), from.getVersion(),
                    to.getVersion())).toList();
            transaction.executeWithoutResult(status -> {
                runtime.newMigration(plan).processInstanceIds(batch.stream().map(ProcessInstance::getId).toList())
                        .execute();
                domain.ifAvailable(processes -> done.forEach(processes::upgraded));
            });
            moved.addAll(done);
            movedHere += done.size();
        }

        private void stay(ProcessInstance instance, String reason) {
            Stayed stay = new Stayed(instance.getBusinessKey(), instance.getId(), from.getKey(), from.getVersion(),
                    to.getVersion(), reason);
            stayed.add(stay);
            stayedHere.add(stay);
        }

        /** Camunda's answer for one process, in the model's words: which step it waits at, and why it cannot move. */
        private String reason(MigratingProcessInstanceValidationReport report) {
            Set<String> reasons = new LinkedHashSet<>();
            report.getActivityInstanceReports().forEach(activity ->
                    reasons.add(at(activity.getSourceScopeId(), activity.getFailures())));
            report.getTransitionInstanceReports().forEach(transition ->
                    reasons.add(at(transition.getSourceScopeId(), transition.getFailures())));
            reasons.addAll(report.getFailures());
            return reasons.isEmpty() ? "Camunda refused the move without a reason" : String.join("; ", reasons);
        }

        private String at(String activityId, List<String> failures) {
            if (gone.contains(activityId)) {
                return "it waits at " + step(activityId) + ", which version " + to.getVersion() + " does not have";
            }
            return "at " + step(activityId) + ": " + String.join("; ", failures);
        }

        private static Set<String> steps(BpmnModelInstance model) {
            return model.getModelElementsByType(FlowNode.class).stream().map(FlowNode::getId)
                    .collect(Collectors.toSet());
        }

        private String step(String activityId) {
            FlowNode node = model == null ? null : model.getModelElementById(activityId);
            return node == null || node.getName() == null ? activityId
                    : "\"" + node.getName() + "\" (" + activityId + ")";
        }

        private void logOutcome() {
            if (movedHere > 0) {
                log.info("Moved {} running processes of model {} from version {} to version {}", movedHere,
                        from.getKey(), from.getVersion(), to.getVersion());
            }
            if (stayedHere.isEmpty()) {
                return;
            }
            log.warn("{} running processes of model {} stay on version {} (the newest is {}); they keep running there "
                    + "and are tried again at the next start", stayedHere.size(), from.getKey(), from.getVersion(),
                    to.getVersion());
            stayedHere.stream().limit(NAMED_IN_LOG).forEach(stay -> log.warn("Case {} (process {}) stays on version {} "
                    + "of model {}: {}", stay.caseRef(), stay.processInstanceId(), stay.version(), stay.model(),
                    stay.reason()));
            if (stayedHere.size() > NAMED_IN_LOG) {
                log.warn("... and {} more on version {} of model {}: POST /api/model-versions/upgrade lists them all",
                        stayedHere.size() - NAMED_IN_LOG, from.getVersion(), from.getKey());
            }
        }
    }
}
