package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.engine.AssessmentProcess;
import org.sendclock.engine.EngineBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The second part of an import (ADR 13): puts each case the import marked {@code awaiting_process} onto live clocks, a
 * few cases to a transaction. An open case gets a process at the step its dates imply (its old one, if any, stopped
 * first); the process of an ended case is stopped. The clock register was committed with the cases, so every clock's
 * standing is already right while this runs; only the alerts (timers) and the tasks wait for it.
 * <p>
 * Each case is claimed by clearing its mark with a conditional update in the transaction that starts its process, so
 * that a second node, or a second run after a crash, never starts a case twice, and a case whose transaction failed
 * keeps its mark. Runs at the end of every import and once at start-up, for an import a crash or restart cut short.
 */
@Component
class ProcessCatchUp {

    private static final Logger log = LoggerFactory.getLogger(ProcessCatchUp.class);

    /** Cases to a transaction: each process start is a few dozen statements, and the job executor waits for none. */
    static final int BATCH = 25;

    private static final String AWAITING = """
            select id from assessment_case where awaiting_process = true order by id
            """;
    private static final String CLAIM = """
            update assessment_case set awaiting_process = false where id = :id and awaiting_process = true
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final AssessmentProcess process;
    private final EngineBatch engine;
    private final OpenCaseClocks clocks;
    private final EntityManager entityManager;
    private final TransactionTemplate transaction;

    ProcessCatchUp(NamedParameterJdbcTemplate jdbc, CaseRepository cases, AdviceRequestRepository adviceRequests,
                   AssessmentProcess process, EngineBatch engine, OpenCaseClocks clocks, EntityManager entityManager,
                   PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.process = process;
        this.engine = engine;
        this.clocks = clocks;
        this.entityManager = entityManager;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** How many cases are waiting for their process. */
    int waiting() {
        return jdbc.queryForObject("select count(*) from assessment_case where awaiting_process = true", Map.of(),
                Integer.class);
    }

    /**
     * Starts or stops the processes of every case waiting for one.
     *
     * @param newCases cases the import has just created, which have no process to stop (saves a query each)
     * @param advanced told how many cases are done so far
     * @return how many cases were put onto live clocks or stopped here
     */
    int run(Set<Long> newCases, IntConsumer advanced) {
        List<Long> waiting = jdbc.queryForList(AWAITING, Map.of(), Long.class);
        Set<Long> failed = new HashSet<>();
        int done = 0;
        for (int from = 0; from < waiting.size(); from += BATCH) {
            List<Long> batch = waiting.subList(from, Math.min(waiting.size(), from + BATCH));
            try {
                done += transaction.execute(status -> catchUp(batch, newCases));
            } catch (RuntimeException batchFailed) {
                // One case's failure must not hold back the others: each case of the batch on its own.
                for (Long id : batch) {
                    try {
                        done += transaction.execute(status -> catchUp(List.of(id), newCases));
                    } catch (RuntimeException e) {
                        failed.add(id);
                        log.error("Case id {} could not be put onto live clocks; it stays marked and is tried again at "
                                + "the next start: {}", id, e.toString());
                    }
                }
            }
            advanced.accept(from + batch.size());
        }
        if (!failed.isEmpty()) {
            log.error("{} imported cases are still waiting for their process (ids {})", failed.size(), failed);
        }
        return done;
    }

    private int catchUp(List<Long> ids, Set<Long> newCases) {
        List<Long> claimed = new ArrayList<>(ids.size());
        for (Long id : ids) {
            if (jdbc.update(CLAIM, Map.of("id", id)) == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return 0;
        }
        // Every engine command asks the case record for its timers' and tasks' dates; nothing here needs flushing
        // before those queries, which would otherwise flush the batch dozens of times per case.
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            List<AssessmentCase> batch = cases.findAllById(claimed);
            Map<Long, List<AdviceRequest>> advice = adviceRequests.findByCaseIdIn(claimed).stream()
                    .sorted(Comparator.comparing(AdviceRequest::getRequestedDate).thenComparing(AdviceRequest::getId))
                    .collect(Collectors.groupingBy(AdviceRequest::getCaseId));
            // The batch's old processes found with one query and stopped, then every process of the batch started,
            // all written to the engine's tables at once (engine.EngineBatch): a case's own queries and writes were
            // most of its cost.
            Map<Boolean, List<String>> mayBeRunning = batch.stream().filter(c -> !newCases.contains(c.getId()))
                    .collect(Collectors.partitioningBy(c -> c.getStatus().isOpen(),
                            Collectors.mapping(AssessmentCase::getCaseRef, Collectors.toList())));
            List<OpenCaseClocks.AdviceClocks> adviceClocks = engine.together(() -> {
                process.stop(mayBeRunning.get(true), "restated by an import");
                process.stop(mayBeRunning.get(false), "ended, as restated by an import");
                List<OpenCaseClocks.AdviceClocks> waitingForAdvice = new ArrayList<>();
                for (AssessmentCase c : batch) {
                    if (c.getStatus().isOpen()) {
                        clocks.start(c, advice.getOrDefault(c.getId(), List.of())).ifPresent(waitingForAdvice::add);
                    }
                }
                return waitingForAdvice;
            });
            engine.together(() -> {
                adviceClocks.forEach(clocks::startAdviceClocks);
                return null;
            });
            entityManager.flush();
            entityManager.clear();
            return batch.size();
        } finally {
            entityManager.setFlushMode(FlushModeType.AUTO);
        }
    }
}
