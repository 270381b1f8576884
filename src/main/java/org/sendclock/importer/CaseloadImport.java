package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendclock.advice.AdviceRequest;
import org.sendclock.advice.AdviceRequestRepository;
import org.sendclock.advice.AdviceService;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseHistory;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ExceptionReason;
import org.sendclock.casefile.ExceptionRecord;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.ExceptionRecordRepository;
import org.sendclock.casefile.StepNotPossible;
import org.sendclock.casefile.TeamChanged;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.cluster.NodeLocks;
import org.sendclock.deadline.StatutoryCalendar;
import org.sendclock.deadline.StatutoryDueDates;
import org.sendclock.oversight.ImportSummary;
import org.sendclock.review.ReviewAdvice;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a caseload in from requests.csv and advice.csv: the facts all or nothing, in one transaction, then the
 * engine (ADR 13):
 * <ol>
 *   <li>check every row of both files (a second read of advice.csv checks it against its cases), collecting the
 *   errors up to {@code sendclock.imports.max-errors} and counting the rest; any error and nothing is written;</li>
 *   <li>write the cases, then the advice, matched on case reference (advice on case, type and requested date), in
 *   batches, the persistence context cleared after each so memory stays flat however long the files;</li>
 *   <li>write every clock of each new or changed case into the clock register, and mark each new or changed case
 *   {@code awaiting_process}; commit. From here every clock's standing is right everywhere;</li>
 *   <li>then, a few cases to a transaction ({@link ProcessCatchUp}), put each marked open case onto live clocks at the
 *   step its dates imply, and stop the process of a case the files say has ended.</li>
 * </ol>
 * A dry run does the first three and rolls back, so its answer is exactly what the import would write.
 */
@Service
@EnableConfigurationProperties(ImportLimits.class)
public class CaseloadImport {

    private static final Logger log = LoggerFactory.getLogger(CaseloadImport.class);

    private static final int CASE_BATCH = 500;
    private static final int ADVICE_BATCH = 1000;
    private static final int REGISTER_BATCH = 500;
    static final String LOCK = "caseload-import";
    static final Duration LOCK_LEASE = Duration.ofMinutes(2);

    private final CaseRepository cases;
    private final AdviceRequestRepository adviceRequests;
    private final ExceptionRecordRepository exceptions;
    private final AdviceService adviceService;
    private final ProcessCatchUp processes;
    private final TableStatistics statistics;
    private final StatutoryCalendar calendar;
    private final Timeline timeline;
    private final ImportSummary summary;
    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final NodeLocks nodeLocks;
    private final ImportLimits limits;
    private final ClockRegister clocks;
    private final ReviewAdvice reviewAdvice;
    private final ApplicationEventPublisher events;

    public CaseloadImport(CaseRepository cases, AdviceRequestRepository adviceRequests,
                          ExceptionRecordRepository exceptions, AdviceService adviceService, ProcessCatchUp processes,
                          TableStatistics statistics, StatutoryCalendar calendar,
                          Timeline timeline, ImportSummary summary,
                          EntityManager entityManager, NamedParameterJdbcTemplate jdbc,
                          PlatformTransactionManager transactions, Clock clock, NodeLocks nodeLocks,
                          ImportLimits limits, ClockRegister clocks, ReviewAdvice reviewAdvice,
                          ApplicationEventPublisher events) {
        this.events = events;
        this.cases = cases;
        this.adviceRequests = adviceRequests;
        this.exceptions = exceptions;
        this.adviceService = adviceService;
        this.processes = processes;
        this.statistics = statistics;
        this.calendar = calendar;
        this.timeline = timeline;
        this.summary = summary;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.nodeLocks = nodeLocks;
        this.limits = limits;
        this.clocks = clocks;
        this.reviewAdvice = reviewAdvice;
    }

    /** The results for requests.csv and advice.csv, in that order (null for a file not given). */
    public record Outcome(ImportResult requests, ImportResult advice) {
    }

    /**
     * @throws ImportRefused listing the errors (up to the limit, the rest counted), when any row is wrong; nothing is
     *                       written then
     * @throws StepNotPossible when another import is running: two at once would trip over the same cases
     */
    public Outcome run(ImportFiles files, boolean dryRun, ImportProgress progress) {
        // One import at a time on every node of the installation: a lock row whose lease this node renews while the
        // import runs, so a node that dies mid-import holds it for one lease at most.
        NodeLocks.Held oneAtATime = nodeLocks.hold(LOCK, LOCK_LEASE).orElseThrow(() ->
                new StepNotPossible("another import is running; import these files when it has finished"));
        progress.plan((files.requests() == null ? 0 : 2) + (files.advice() == null ? 0 : 3) + (dryRun ? 1 : 2));
        try {
            Run run = new Run(files, dryRun, progress);
            Outcome outcome = transaction.execute(status -> {
                Outcome facts = run.run();
                if (dryRun) {
                    status.setRollbackOnly();
                }
                return facts;
            });
            if (!dryRun) {
                run.startProcesses();
            }
            return outcome;
        } finally {
            progress.finish();
            oneAtATime.close();
        }
    }

    /**
     * The first part alone (check, then write the facts and clocks, marking the cases whose process must start), in the
     * caller's transaction and under its lock: for an import that brings in several files at once (the SEN2 return,
     * {@link ReturnImport}). The caller starts the processes after its commit ({@link ProcessCatchUp}).
     *
     * @throws ImportRefused listing the errors when any row is wrong
     */
    Outcome facts(ImportFiles files, boolean dryRun, ImportProgress progress) {
        return new Run(files, dryRun, progress).run();
    }

    /**
     * Runs another import (plans.csv) under this one's lock: two imports at once would trip over the same cases.
     *
     * @throws StepNotPossible when another import is running
     */
    <T> T exclusively(java.util.function.Supplier<T> work) {
        try (NodeLocks.Held oneAtATime = nodeLocks.hold(LOCK, LOCK_LEASE).orElseThrow(() ->
                new StepNotPossible("another import is running; import this file when it has finished"))) {
            return work.get();
        }
    }

    /**
     * Finishes the second part of an import a crash or a restart cut short: the cases still waiting for their process.
     * Takes the import's lock, so that no import restates a case while its process is started.
     *
     * @return how many cases it put onto live clocks or stopped (0 when another import is running)
     */
    public int finishInterrupted() {
        if (processes.waiting() == 0) {
            return 0;
        }
        Optional<NodeLocks.Held> held = nodeLocks.hold(LOCK, LOCK_LEASE);
        if (held.isEmpty()) {
            return 0;
        }
        try (NodeLocks.Held oneAtATime = held.get()) {
            log.info("Finishing an import cut short: {} cases are waiting for their process", processes.waiting());
            int done = processes.run(Set.of(), n -> { });
            log.info("Finished an import cut short: {} cases put onto live clocks or stopped", done);
            return done;
        }
    }

    private final class Run {
        private final ImportFiles files;
        private final boolean dryRun;
        private final ImportProgress progress;
        private final LocalDate today = LocalDate.now(clock);
        private final Instant now = clock.instant();
        private final String actor = Timeline.currentActor();
        private final ImportErrors errors = new ImportErrors(limits.maxErrors());
        /** Every case an advice row may name, as it will stand after the import. */
        private final Map<String, CaseFacts> facts = new HashMap<>();
        /** Rows of requests.csv by case reference, valid or not. */
        private final Map<String, Integer> requestRows = new HashMap<>();
        /** Every case's id by reference: those held before the import, and those it creates. */
        private final Map<String, Long> caseIds = new HashMap<>();
        private final Set<String> createdNow = new HashSet<>();
        /** Cases whose process must be rebuilt or stopped once everything is written. */
        private final Set<String> touched = new LinkedHashSet<>();
        /** Every case created or changed, open or closed: its clocks are written from its facts. */
        private final Set<String> clocked = new LinkedHashSet<>();
        /** The review cycles of the cases a review's advice row names (ADR 29), by case reference. */
        private Map<String, HeldReviews.OfCase> reviews = Map.of();
        /** Review cycles whose advice the import wrote, with their case: their advice clocks are rewritten. */
        private final Map<Long, Long> reviewAdviceOf = new LinkedHashMap<>();
        /** A review's advice requests the import wrote: put in step with their cycle's process after the commit. */
        private final List<Long> reviewAdviceWritten = new ArrayList<>();
        private final Tally requestTally = new Tally();
        private final Tally adviceTally = new Tally();

        Run(ImportFiles files, boolean dryRun, ImportProgress progress) {
            this.files = files;
            this.dryRun = dryRun;
            this.progress = progress;
        }

        Outcome run() {
            long began = System.nanoTime();
            entityManager.createQuery("select c.caseRef, c.id from AssessmentCase c", Object[].class)
                    .getResultStream().forEach(r -> caseIds.put((String) r[0], (Long) r[1]));
            if (files.requests() != null) {
                checkRequests();
            }
            if (files.advice() != null) {
                checkAdvice();
            }
            long checked = System.nanoTime();
            if (!errors.isEmpty()) {
                log.info("Import refused: {} errors found in {} ms", errors.count(), (checked - began) / 1_000_000);
                throw errors.refusal();
            }
            if (files.requests() != null) {
                writeRequests();
            }
            if (files.advice() != null) {
                writeAdvice();
                writeReviewAdviceClocks();
            }
            long written = System.nanoTime();
            statistics.refresh();
            writeClocks();
            if (!dryRun && !clocked.isEmpty()) {
                // The managers hear of the import once, with its overdue clocks counted from the register now; the
                // clocks' own timers, firing after the import, record them without an e-mail each.
                summary.send(clocked.stream().map(caseIds::get).toList(),
                        createdNow.stream().map(caseIds::get).collect(Collectors.toSet()));
            }
            log.info("Import{}: cases {} new, {} changed, {} unchanged; advice {} new, {} changed, {} unchanged. "
                            + "Checked in {} ms, written in {} ms, clocks of {} cases written in {} ms; {} cases "
                            + "await their process",
                    dryRun ? " (dry run, rolled back)" : "", requestTally.imported, requestTally.updated,
                    requestTally.unchanged, adviceTally.imported, adviceTally.updated, adviceTally.unchanged,
                    (checked - began) / 1_000_000, (written - checked) / 1_000_000, clocked.size(),
                    (System.nanoTime() - written) / 1_000_000, touched.size());
            return new Outcome(files.requests() == null ? null : requestTally.result(dryRun),
                    files.advice() == null ? null : adviceTally.result(dryRun));
        }

        // --- checking ---

        private void checkRequests() {
            forEachRow(files.requests(), RequestRow.FILE, RequestRow.COLUMNS, RequestRow.REQUIRED,
                    "Checking " + RequestRow.FILE, errors, row -> {
                        RequestRow request = RequestRow.read(row, today);
                        if (errors.full()) {
                            return; // refused already: what follows only finds errors across rows
                        }
                        String caseRef = row.text("case_ref");
                        if (caseRef != null) {
                            Integer first = requestRows.putIfAbsent(caseRef, row.number());
                            if (first != null) {
                                row.reject("case_ref", "appears twice: " + caseRef + " is also on row " + first);
                            }
                        }
                        if (request != null && row.valid()) {
                            facts.put(caseRef, CaseFacts.of(request));
                        }
                    });
        }

        private void checkAdvice() {
            if (errors.full()) {
                // Refused already: each row is still checked on its own, to count its errors, but not against its case.
                forEachRow(files.advice(), AdviceRow.FILE, AdviceRow.COLUMNS, AdviceRow.REQUIRED,
                        "Checking " + AdviceRow.FILE, errors, row -> AdviceRow.read(row, today));
                return;
            }
            Set<String> elsewhere = new HashSet<>();
            Set<String> withReviews = new HashSet<>();
            forEachRow(files.advice(), AdviceRow.FILE, AdviceRow.COLUMNS, AdviceRow.REQUIRED,
                    "Finding the cases named in " + AdviceRow.FILE, ImportErrors.discarded(), row -> {
                        String caseRef = row.text("case_ref");
                        if (caseRef != null && row.text("review_meeting_date") != null) {
                            withReviews.add(caseRef);
                        } else if (caseRef != null && !requestRows.containsKey(caseRef)) {
                            elsewhere.add(caseRef);
                        }
                    });
            reviews = HeldReviews.of(entityManager, withReviews);
            inBatches(new ArrayList<>(elsewhere), CASE_BATCH, refs ->
                    cases.findByCaseRefIn(refs).forEach(c -> facts.put(c.getCaseRef(), CaseFacts.of(c))));
            entityManager.clear();
            Map<String, Integer> keys = new HashMap<>();
            forEachRow(files.advice(), AdviceRow.FILE, AdviceRow.COLUMNS, AdviceRow.REQUIRED,
                    "Checking " + AdviceRow.FILE, errors, row -> {
                        AdviceRow advice = AdviceRow.read(row, today);
                        if (advice == null || errors.full()) {
                            return;
                        }
                        boolean caseRowInvalid = requestRows.containsKey(advice.caseRef())
                                && !facts.containsKey(advice.caseRef());
                        if (advice.forReview()) {
                            advice.checkAgainst(reviews.get(advice.caseRef()), row);
                        } else if (!caseRowInvalid) { // its case's own errors are reported against requests.csv
                            advice.checkAgainst(facts.get(advice.caseRef()), row);
                        }
                        Integer first = keys.putIfAbsent(advice.key(), row.number());
                        if (first != null) {
                            row.reject("requested_date", "the same advice (case, " + (advice.forReview()
                                    ? "review, " : "") + "type and requested date) is also on row " + first);
                        }
                    });
        }

        // --- writing ---

        private void writeRequests() {
            List<RequestRow> batch = new ArrayList<>(CASE_BATCH);
            forEachRow(files.requests(), RequestRow.FILE, RequestRow.COLUMNS, RequestRow.REQUIRED,
                    "Writing the cases", ImportErrors.discarded(), row -> {
                        batch.add(RequestRow.read(row, today));
                        if (batch.size() == CASE_BATCH) {
                            writeCases(batch);
                            batch.clear();
                        }
                    });
            writeCases(batch);
        }

        private void writeCases(List<RequestRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            // Only cases held before the import are looked up: on a first import, none are.
            List<Long> heldIds = rows.stream().map(r -> caseIds.get(r.caseRef())).filter(Objects::nonNull).toList();
            Map<String, AssessmentCase> held = (heldIds.isEmpty() ? List.<AssessmentCase>of() : cases.findAllById(heldIds))
                    .stream().collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
            Map<Long, List<ExceptionRecord>> heldExceptions = exceptions.findByCaseIdIn(
                            held.values().stream().map(AssessmentCase::getId).toList()).stream()
                    .collect(Collectors.groupingBy(ExceptionRecord::getCaseId));
            for (RequestRow row : rows) {
                AssessmentCase existing = held.get(row.caseRef());
                if (existing == null) {
                    create(row);
                } else {
                    update(existing, row, heldExceptions.getOrDefault(existing.getId(), List.of()));
                }
            }
            flushAndClear();
        }

        private void create(RequestRow row) {
            StatutoryDueDates due = calendar.dueDates(row.requestDate());
            AssessmentCase c = new AssessmentCase(row.caseRef(), row.child(null), row.requestDate(),
                    row.requestSource(), due, row.caseworker(), row.team(), now);
            c.restate(history(row), due, commentPeriodEnds(row), row.child(null), row.caseworker(), row.team());
            c.recordReturnFlags(row.returnFlags(ReturnFlags.UNKNOWN));
            entityManager.persist(c);
            caseIds.put(row.caseRef(), c.getId());
            if (row.exceptionReason() != null) {
                entityManager.persist(ExceptionRecord.imported(c.getId(), row.exceptionReason(), actor, now));
            }
            timeline.record(c, "IMPORTED", ImportedText.summary(row));
            createdNow.add(row.caseRef());
            clocked.add(row.caseRef());
            requestTally.imported++;
            if (c.getStatus().isOpen()) {
                touched.add(row.caseRef());
            }
        }

        private void update(AssessmentCase c, RequestRow row, List<ExceptionRecord> held) {
            List<String> changes = row.changesFrom(RequestRow.of(c, comparableReason(row.exceptionReason(), held)));
            if (changes.isEmpty()) {
                requestTally.unchanged++;
                return;
            }
            String teamBefore = c.getTeam();
            c.restate(history(row), calendar.dueDates(row.requestDate()), commentPeriodEnds(row),
                    row.child(c.getChild()), row.caseworker(), row.team());
            if (!Objects.equals(teamBefore, c.getTeam())) {
                events.publishEvent(new TeamChanged(c.getCaseRef(), teamBefore, c.getTeam()));
            }
            c.recordReturnFlags(row.returnFlags(c.returnFlags()));
            for (ExceptionRecord e : held) {
                if (e.isImported() && e.getReason() != row.exceptionReason()) {
                    entityManager.remove(e);
                }
            }
            if (row.exceptionReason() != null && held.stream().noneMatch(e -> e.getReason() == row.exceptionReason())) {
                entityManager.persist(ExceptionRecord.imported(c.getId(), row.exceptionReason(), actor, now));
            }
            timeline.record(c, "UPDATED_BY_IMPORT", "Updated by an import: " + String.join("; ", changes));
            requestTally.updated++;
            touched.add(row.caseRef());
            clocked.add(row.caseRef());
        }

        private void writeAdvice() {
            List<AdviceRow> batch = new ArrayList<>(ADVICE_BATCH);
            forEachRow(files.advice(), AdviceRow.FILE, AdviceRow.COLUMNS, AdviceRow.REQUIRED,
                    "Writing the advice", ImportErrors.discarded(), row -> {
                        batch.add(AdviceRow.read(row, today));
                        if (batch.size() == ADVICE_BATCH) {
                            writeAdviceBatch(batch);
                            batch.clear();
                        }
                    });
            writeAdviceBatch(batch);
        }

        private void writeAdviceBatch(List<AdviceRow> all) {
            writeReviewAdvice(all.stream().filter(AdviceRow::forReview).toList());
            List<AdviceRow> rows = all.stream().filter(r -> !r.forReview()).toList();
            if (rows.isEmpty()) {
                return;
            }
            // Cases created by this import hold no advice yet: only the others' advice is looked up.
            Map<Long, String> refById = rows.stream().map(AdviceRow::caseRef).distinct()
                    .filter(ref -> !createdNow.contains(ref))
                    .collect(Collectors.toMap(caseIds::get, ref -> ref));
            Map<String, AdviceRequest> heldAdvice = (refById.isEmpty() ? List.<AdviceRequest>of()
                    : adviceRequests.findByCaseIdIn(refById.keySet())).stream()
                    .collect(Collectors.toMap(a -> AdviceRow.of(refById.get(a.getCaseId()), a).key(),
                            Function.identity(), (first, second) -> first));
            for (AdviceRow row : rows) {
                Long caseId = caseIds.get(row.caseRef());
                AdviceRow settled = row.settledBy(facts.get(row.caseRef()));
                String why = row.withdrawnDate() != null ? "Withdrawn in the previous system"
                        : "Not recorded as received before the case moved past gathering advice";
                AdviceRequest existing = heldAdvice.get(row.key());
                boolean caseIsNew = createdNow.contains(row.caseRef());
                if (existing == null) {
                    AdviceRequest advice = new AdviceRequest(caseId, row.adviceType(), row.provider(),
                            row.requestedDate(), calendar.adviceDue(row.requestedDate()));
                    advice.restate(row.provider(), settled.receivedDate(), settled.exceptionReason(),
                            settled.withdrawnDate(), why);
                    entityManager.persist(advice);
                    adviceTally.imported++;
                    if (!caseIsNew) {
                        timeline.record(caseRecord(caseId), "ADVICE_IMPORTED", "Imported " + advice.describe() + " requested "
                                + row.requestedDate() + ImportedText.adviceOutcome(settled));
                    }
                } else {
                    List<String> changes = settled.changesFrom(AdviceRow.of(row.caseRef(), existing));
                    if (changes.isEmpty()) {
                        adviceTally.unchanged++;
                        continue;
                    }
                    existing.restate(row.provider(), settled.receivedDate(), settled.exceptionReason(),
                            settled.withdrawnDate(), why);
                    timeline.record(caseRecord(caseId), "ADVICE_UPDATED_BY_IMPORT", "Updated " + existing.describe()
                            + " by an import: " + String.join("; ", changes));
                    adviceTally.updated++;
                }
                if (facts.get(row.caseRef()).status().isOpen() || !caseIsNew) {
                    touched.add(row.caseRef());
                }
                clocked.add(row.caseRef());
            }
            flushAndClear();
        }

        /**
         * A review's advice rows (ADR 29): matched on case, review, type and requested date among the advice held for
         * the reviews they name, written as the review's own requests are. The assessment's clocks and process are
         * left alone.
         */
        private void writeReviewAdvice(List<AdviceRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            List<Long> cycleIds = rows.stream().map(r -> reviews.get(r.caseRef()).byMeeting()
                    .get(r.reviewMeetingDate()).id()).distinct().toList();
            Map<String, AdviceRequest> held = adviceRequests.findByReviewIdInOrderByRequestedDateAscIdAsc(
                    cycleIds).stream().collect(Collectors.toMap(a -> a.getReviewId() + "|"
                            + a.getAdviceType() + "|" + a.getRequestedDate(), Function.identity(),
                    (first, second) -> first));
            List<AdviceRequest> created = new ArrayList<>();
            for (AdviceRow row : rows) {
                HeldReviews.Cycle cycle = reviews.get(row.caseRef()).byMeeting().get(row.reviewMeetingDate());
                AdviceRow settled = row.settledBy(cycle, reviews.get(row.caseRef()).ceased());

                LocalDate ceased = reviews.get(row.caseRef()).ceased();
                String why = row.withdrawnDate() != null ? "Withdrawn in the previous system"
                        : cycle.decisionDate() != null && (ceased == null || !ceased.isBefore(cycle.decisionDate()))
                        ? "review " + cycle.number() + " was decided without it" : "the plan ceased";
                AdviceRequest existing = held.get(cycle.id() + "|" + row.adviceType() + "|" + row.requestedDate());
                AssessmentCase c = caseRecord(cycle.caseId());
                if (existing == null) {
                    AdviceRequest advice = AdviceRequest.forReview(cycle.caseId(), cycle.id(), row.adviceType(),
                            row.provider(), row.requestedDate(), calendar.adviceDue(row.requestedDate()));
                    advice.restate(row.provider(), settled.receivedDate(), settled.exceptionReason(),
                            settled.withdrawnDate(), why);
                    entityManager.persist(advice);
                    created.add(advice);
                    adviceTally.imported++;
                    timeline.record(c, "REVIEW_ADVICE_IMPORTED", "Review " + cycle.number() + ": imported "
                            + advice.describe() + " requested " + row.requestedDate()
                            + ImportedText.adviceOutcome(settled));
                } else {
                    List<String> changes = settled.changesFrom(AdviceRow.of(row.caseRef(), existing,
                            row.reviewMeetingDate()));
                    if (changes.isEmpty()) {
                        adviceTally.unchanged++;
                        continue;
                    }
                    existing.restate(row.provider(), settled.receivedDate(), settled.exceptionReason(),
                            settled.withdrawnDate(), why);
                    reviewAdviceWritten.add(existing.getId());
                    timeline.record(c, "REVIEW_ADVICE_UPDATED_BY_IMPORT", "Review " + cycle.number() + ": updated "
                            + existing.describe() + " by an import: " + String.join("; ", changes));
                    adviceTally.updated++;
                }
                reviewAdviceOf.put(cycle.id(), cycle.caseId());
            }
            entityManager.flush();
            created.forEach(a -> reviewAdviceWritten.add(a.getId()));
            entityManager.clear();
        }

        /** The six-week clocks of each review whose advice the import wrote, from all of that review's advice. */
        private void writeReviewAdviceClocks() {
            List<Long> reviewIds = new ArrayList<>(reviewAdviceOf.keySet());
            inBatches(reviewIds, REGISTER_BATCH, batch -> {
                Map<Long, List<AdviceRequest>> adviceOf = adviceRequests.findByReviewIdInOrderByRequestedDateAscIdAsc(
                        batch).stream().collect(Collectors.groupingBy(AdviceRequest::getReviewId));
                Map<Long, AssessmentCase> caseOf = cases.findAllById(batch.stream().map(reviewAdviceOf::get)
                        .distinct().toList()).stream().collect(Collectors.toMap(AssessmentCase::getId,
                        Function.identity()));
                for (Long reviewId : batch) {
                    clocks.updateReviewAdvice(caseOf.get(reviewAdviceOf.get(reviewId)), reviewId,
                            adviceOf.getOrDefault(reviewId, List.of()).stream().map(AdviceRequest::clockFacts)
                                    .toList());
                }
                flushAndClear();
            });
        }

        // --- clocks ---

        /**
         * Every clock of each new or changed case into the register, many cases at a time, and each case that needs a
         * process started or stopped marked for {@link ProcessCatchUp}, all in the import's transaction.
         */
        private void writeClocks() {
            progress.step("Writing the clocks of " + clocked.size() + " cases", clocked.size());
            int[] done = {0};
            inBatches(new ArrayList<>(clocked), REGISTER_BATCH, batch -> {
                List<AssessmentCase> batchCases = cases.findByCaseRefIn(batch);
                for (AssessmentCase c : batchCases) {
                    LocalDate ended = CaseFacts.of(c).adviceGatheringEnded();
                    boolean isNew = createdNow.contains(c.getCaseRef());
                    if (ended != null && !isNew && touched.contains(c.getCaseRef())) {
                        adviceService.withdrawOutstanding(c, ended, "the case moved past gathering advice (import)");
                    }
                }
                Map<Long, List<AdviceRequest>> advice = adviceOf(batchCases);
                Map<AssessmentCase, List<AdviceRequest>> adviceByCase = new LinkedHashMap<>();
                batchCases.forEach(c -> adviceByCase.put(c, advice.getOrDefault(c.getId(), List.of())));
                adviceService.updateClocks(adviceByCase);
                flushAndClear();
                done[0] += batch.size();
                progress.advance(done[0]);
            });
            inBatches(touched.stream().map(caseIds::get).toList(), REGISTER_BATCH, ids -> jdbc.update(
                    "update assessment_case set awaiting_process = true where id in (:ids)", Map.of("ids", ids)));
            statistics.refresh();
        }

        /** After the commit: the processes of the marked cases, a few cases to a transaction. */
        void startProcesses() {
            long began = System.nanoTime();
            progress.step("Putting " + touched.size() + " open or changed cases onto live clocks", touched.size());
            int done = processes.run(createdNow.stream().map(caseIds::get).collect(Collectors.toSet()),
                    progress::advance);
            if (!reviewAdviceWritten.isEmpty()) {
                reviewAdvice.putInStepAfterImport(reviewAdviceWritten);
            }
            statistics.afterCatchUp();
            log.info("Import: processes of {} cases started or stopped in {} ms", done,
                    (System.nanoTime() - began) / 1_000_000);
        }

        /** The advice requests of these cases, by case, each case's oldest first. */
        private Map<Long, List<AdviceRequest>> adviceOf(List<AssessmentCase> batchCases) {
            return adviceRequests.findByCaseIdIn(batchCases.stream().map(AssessmentCase::getId).toList()).stream()
                    .sorted(Comparator.comparing(AdviceRequest::getRequestedDate).thenComparing(AdviceRequest::getId))
                    .collect(Collectors.groupingBy(AdviceRequest::getCaseId));
        }

        // --- helpers ---

        private void forEachRow(Path path, String name, List<String> columns, Set<String> required, String step,
                                ImportErrors errorsTo, RowHandler handler) {
            try {
                progress.step(step, Files.size(path));
                try (Reader reader = utf8(path); CsvFile file = new CsvFile(name, reader, columns, required, errorsTo,
                        limits)) {
                    for (CsvRow row = file.next(); row != null; row = file.next()) {
                        handler.handle(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Reader utf8(Path path) throws IOException {
            return new BufferedReader(new InputStreamReader(
                    new CountingInput(Files.newInputStream(path), progress::advance),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        }

        /** The case for its timeline, without loading it. */
        private AssessmentCase caseRecord(Long caseId) {
            return entityManager.getReference(AssessmentCase.class, caseId);
        }

        private void flushAndClear() {
            entityManager.flush();
            entityManager.clear();
        }
    }

    private static <T> void inBatches(List<T> items, int size, java.util.function.Consumer<List<T>> action) {
        for (int from = 0; from < items.size(); from += size) {
            action.accept(items.subList(from, Math.min(items.size(), from + size)));
        }
    }

    private static CaseHistory history(RequestRow row) {
        return new CaseHistory(row.requestDate(), row.requestSource(), row.decision(), row.decisionDate(),
                row.decisionNoticeDate(), row.noPlanDate(), row.draftPlanDate(), row.finalPlanDate(), row.closedReason(), row.closedDate());
    }

    private LocalDate commentPeriodEnds(RequestRow row) {
        return row.draftPlanDate() == null ? null : calendar.commentPeriodEnds(row.draftPlanDate());
    }

    /**
     * The exception reason to compare a row with. An import never removes an exception a caseworker recorded here,
     * so a row without a reason matches a case whose only exceptions were recorded here.
     */
    static ExceptionReason comparableReason(ExceptionReason inFile, List<ExceptionRecord> held) {
        if (held.isEmpty()) {
            return null;
        }
        if (inFile != null && held.stream().anyMatch(e -> e.getReason() == inFile)) {
            return inFile;
        }
        if (inFile == null && held.stream().noneMatch(ExceptionRecord::isImported)) {
            return null;
        }
        return held.stream().filter(ExceptionRecord::isImported).findFirst().orElse(held.get(0)).getReason();
    }

    @FunctionalInterface
    private interface RowHandler {
        void handle(CsvRow row) throws IOException;
    }

    private static final class Tally {
        int imported;
        int updated;
        int unchanged;

        ImportResult result(boolean dryRun) {
            return new ImportResult(imported, updated, unchanged, dryRun, List.of());
        }
    }
}
