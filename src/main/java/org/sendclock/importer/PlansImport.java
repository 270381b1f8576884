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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.CaseStatus;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.TeamChanged;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.PlanFacts;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.review.ReviewCatchUp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Brings a council's maintained plans in from plans.csv, all or nothing, in one transaction: every row checked first
 * (any error and nothing is written, every error listed with its row and column); then each case created (a child
 * new to the system) or found, its plan created or made what the file says, and its review clock written into the
 * register, a few hundred rows at a time with the persistence context cleared after each batch so memory stays flat.
 * Importing the same file again changes nothing; a changed row updates its plan and says on the case timeline what
 * changed.
 * <p>
 * Quiet by construction: the open review cycles of the plans written are marked {@code awaiting_process} and their
 * processes started at their steps after the commit ({@link ReviewCatchUp}, ADR 23), a few to a transaction, as ADR 13
 * does for cases; a review already overdue is on the register and the case page from the commit, and its breach
 * e-mails no one (its clock arrived past).
 */
@Service
public class PlansImport {

    private static final Logger log = LoggerFactory.getLogger(PlansImport.class);
    private static final int BATCH = 500;

    private final PlanFileImport frame;
    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final PlanService planService;
    private final ClockRegister clocks;
    private final Timeline timeline;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ImportLimits limits;
    private final TableStatistics statistics;
    private final ApplicationEventPublisher events;

    public PlansImport(PlanFileImport frame, CaseRepository cases, PlanRepository plans,
                       AnnualReviewRepository reviews, PlanService planService,
                       ClockRegister clocks, Timeline timeline, EntityManager entityManager, Clock clock,
                       ImportLimits limits, TableStatistics statistics, ApplicationEventPublisher events) {
        this.events = events;
        this.frame = frame;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.planService = planService;
        this.clocks = clocks;
        this.timeline = timeline;
        this.entityManager = entityManager;
        this.clock = clock;
        this.limits = limits;
        this.statistics = statistics;
    }

    /**
     * @throws ImportRefused listing every error, when any row is wrong; nothing is written then
     * @throws org.sendclock.casefile.StepNotPossible when another import is running
     */
    public ImportResult run(Path file, boolean dryRun, ImportProgress progress) {
        return frame.run(dryRun, progress, () -> new Run(file, dryRun, progress).run());
    }

    /**
     * The file's facts alone, in the caller's transaction and under its lock: for an import of several files at once
     * (the SEN2 return, {@link ReturnImport}), which starts the review processes after its commit.
     *
     * @throws ImportRefused listing every error, when any row is wrong
     */
    ImportResult facts(Path file, boolean dryRun, ImportProgress progress) {
        return new Run(file, dryRun, progress).run();
    }

    /**
     * The file's import, to be checked and written by an import of plans.csv with reviews.csv ({@link
     * PlansWithReviewsImport}), which writes the plans' clocks itself once both files are written: this one names the
     * cases it changed to {@code clocksLater} instead of writing their clocks.
     */
    Run withClocksLater(Path file, boolean dryRun, ImportProgress progress, PlanClocks clocksLater) {
        Run run = new Run(file, dryRun, progress);
        run.clocksLater = clocksLater;
        return run;
    }

    final class Run {
        private final Path file;
        private final boolean dryRun;
        private final ImportProgress progress;
        private final LocalDate today = LocalDate.now(clock);
        private final Instant now = clock.instant();
        private final ImportErrors errors = new ImportErrors(limits.maxErrors());
        private final Map<String, PlanRow.HeldCase> held = new HashMap<>();
        /** When set, the cases changed are named here and their clocks written by the caller, not per batch. */
        private PlanClocks clocksLater;
        /** The cases whose review history the same import writes, from the first review (reviews.csv, ADR 39). */
        private Set<String> historyWithIt = Set.of();
        private int imported;
        private int updated;
        private int unchanged;

        Run(Path file, boolean dryRun, ImportProgress progress) {
            this.file = file;
            this.dryRun = dryRun;
            this.progress = progress;
        }

        ImportResult run() {
            long began = System.nanoTime();
            check(row -> { }, caseRef -> { });
            if (!errors.isEmpty()) {
                throw errors.refusal();
            }
            return write(began);
        }

        /**
         * Checks every row, recording every error; each valid row is given to {@code valid}, and the case named by each
         * row with an error to {@code rejected}.
         */
        void check(Consumer<PlanRow> valid, Consumer<String> rejected) {
            entityManager.createQuery("select c.caseRef, c.id, c.status, c.child.dateOfBirth from AssessmentCase c",
                    Object[].class).getResultStream().forEach(r -> held.put((String) r[0], new PlanRow.HeldCase(
                    (Long) r[1], ((CaseStatus) r[2]).isOpen(), (LocalDate) r[3])));
            Map<String, Integer> rows = new HashMap<>();
            forEachRow("Checking " + PlanRow.FILE, errors, row -> {
                String caseRef = row.text("case_ref");
                PlanRow read = PlanRow.read(row, today, caseRef == null ? null : held.get(caseRef));
                if (caseRef != null) {
                    Integer first = rows.putIfAbsent(caseRef, row.number());
                    if (first != null) {
                        row.reject("case_ref", "appears twice: " + caseRef + " is also on row " + first);
                    }
                }
                if (read != null && row.valid()) {
                    valid.accept(read);
                } else if (caseRef != null) {
                    rejected.accept(caseRef);
                }
            });
            if (!errors.isEmpty()) {
                log.info("Plans import refused: {} errors", errors.count());
            }
        }

        /**
         * The cases whose reviews reviews.csv, imported with this file, writes from the first: their new plans' first
         * cycles are left to it (ADR 39).
         */
        void historyWith(Set<String> caseRefs) {
            historyWithIt = caseRefs;
        }

        /** The errors the check found (empty when every row is right). */
        ImportErrors errors() {
            return errors;
        }

        /** Writes every row of a file checked without error; answers what it did. */
        ImportResult write(long began) {
            List<PlanRow> batch = new ArrayList<>(BATCH);
            forEachRow("Writing the plans", ImportErrors.discarded(), row -> {
                batch.add(PlanRow.read(row, today, held.get(row.text("case_ref"))));
                if (batch.size() == BATCH) {
                    write(batch);
                    batch.clear();
                }
            });
            write(batch);
            if (clocksLater == null) {
                statistics.refreshPlans();
            } else {
                statistics.refreshPlanTables();
            }
            log.info("Plans import{}: {} new, {} changed, {} unchanged in {} ms", dryRun ? " (dry run, rolled back)" : "",
                    imported, updated, unchanged, (System.nanoTime() - began) / 1_000_000);
            return new ImportResult(imported, updated, unchanged, dryRun, List.of());
        }

        private void write(List<PlanRow> rows) {
            if (rows.isEmpty()) {
                return;
            }
            List<Long> heldIds = rows.stream().map(r -> held.get(r.caseRef())).filter(Objects::nonNull)
                    .map(PlanRow.HeldCase::id).toList();
            Map<String, AssessmentCase> heldCases = (heldIds.isEmpty() ? List.<AssessmentCase>of()
                    : cases.findAllById(heldIds)).stream()
                    .collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
            Map<Long, Plan> heldPlans = (heldIds.isEmpty() ? List.<Plan>of() : plans.findByCaseIdIn(heldIds)).stream()
                    .collect(Collectors.toMap(Plan::getCaseId, Function.identity()));
            Map<Long, List<AnnualReview>> heldCycles = heldPlans.isEmpty() ? Map.of()
                    : reviews.findByPlanIdInOrderByCycleAsc(heldPlans.values().stream().map(Plan::getId).toList())
                    .stream().collect(Collectors.groupingBy(AnnualReview::getPlanId));
            Map<AssessmentCase, PlanFacts> changed = new LinkedHashMap<>();
            // Nothing read while the batch is written needs the batch flushed first (the breach register's look-ups
            // for a changed clock read breaches, which an import never writes): flushed once, at the batch's end,
            // in JDBC batches (ADR 30).
            entityManager.setFlushMode(FlushModeType.COMMIT);
            try {
                // The batch's new cases reach the database first, in one JDBC batch: a plan, its cycles and the
                // timeline name their case by id only, so Hibernate's insert ordering cannot know to put the case
                // first, and would not when the batch's first row is a held case's (a return import's plan-only
                // child after its requests, ADR 31).
                Map<String, AssessmentCase> newCases = new LinkedHashMap<>();
                for (PlanRow row : rows) {
                    if (!heldCases.containsKey(row.caseRef())) {
                        AssessmentCase c = AssessmentCase.broughtInWithPlan(row.caseRef(), row.child(null),
                                row.caseworker(), row.team(), now);
                        entityManager.persist(c);
                        newCases.put(row.caseRef(), c);
                    }
                }
                entityManager.flush();
                for (PlanRow row : rows) {
                    AssessmentCase held = heldCases.get(row.caseRef());
                    write(row, held != null ? held : newCases.get(row.caseRef()), held == null, heldPlans,
                            heldCycles, changed);
                }
                entityManager.flush();
                if (clocksLater == null) {
                    clocks.updatePlans(changed);
                    entityManager.flush();
                } else {
                    changed.keySet().forEach(c -> clocksLater.changed(c.getId()));
                }
            } finally {
                entityManager.setFlushMode(FlushModeType.AUTO);
            }
            entityManager.clear();
        }

        /** One row onto its case: held, or {@code newCase} and just written with the batch's other new cases. */
        private void write(PlanRow row, AssessmentCase c, boolean newCase, Map<Long, Plan> heldPlans,
                           Map<Long, List<AnnualReview>> heldCycles, Map<AssessmentCase, PlanFacts> changed) {
            Plan plan = newCase ? null : heldPlans.get(c.getId());
            List<String> changes = plan == null ? null : row.changesFrom(PlanRow.of(c, plan));
            if (changes != null && changes.isEmpty()) {
                unchanged++;
                return;
            }
            if (!newCase) {
                c.restateChild(row.child(c.getChild()));
                String teamBefore = c.getTeam();
                c.assignTo(row.caseworker(), row.team());
                if (!Objects.equals(teamBefore, c.getTeam())) {
                    events.publishEvent(new TeamChanged(c.getCaseRef(), teamBefore, c.getTeam()));
                }
            }
            changed.put(c, planService.restate(c, plan, plan == null ? List.of()
                    : heldCycles.getOrDefault(plan.getId(), List.of()), row.imported(), today,
                    historyWithIt.contains(row.caseRef())));
            if (changes == null) {
                imported++;
                timeline.record(c, "PLAN_IMPORTED", (newCase ? "Case and plan imported: " : "Plan imported: ")
                        + "started " + DateText.of(row.planStartDate())
                        + (row.ceasedDate() == null ? "" : ", ceased " + DateText.of(row.ceasedDate())));
            } else {
                updated++;
                timeline.record(c, "PLAN_IMPORT_CHANGED", "Plan changed by import: " + String.join("; ", changes));
            }
        }

        private void forEachRow(String step, ImportErrors errorsTo, RowHandler handler) {
            try {
                progress.step(step, Files.size(file));
                try (Reader reader = utf8(); CsvFile csv = new CsvFile(PlanRow.FILE, reader, PlanRow.COLUMNS,
                        PlanRow.REQUIRED, errorsTo, limits)) {
                    for (CsvRow row = csv.next(); row != null; row = csv.next()) {
                        handler.accept(row);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private Reader utf8() throws IOException {
            return new BufferedReader(new InputStreamReader(
                    new CountingInput(Files.newInputStream(file), progress::advance),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), 64 * 1024);
        }
    }

    private interface RowHandler extends Consumer<CsvRow> {
    }
}
