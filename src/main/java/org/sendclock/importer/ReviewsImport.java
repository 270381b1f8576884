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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.DateText;
import org.sendclock.casefile.ReviewDecision;
import org.sendclock.casefile.Timeline;
import org.sendclock.clock.ClockRegister;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.PlanFacts;
import org.sendclock.plan.AnnualReview;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Brings the review history of maintained plans in from reviews.csv, all or nothing, in one transaction (ADR 25):
 * every row checked on its own, then each case's rows against each other and against the cycles held (any error and
 * nothing is written, every error listed with its row and column); then each case's rows, in meeting order, made its
 * plan's review cycles 1, 2, 3 ..., the cycle after a last review decided to maintain or amend opened, and every clock
 * of the plan rewritten in the register, a few hundred cases at a time. Importing the same file again changes nothing.
 * <p>
 * Quiet by construction: the import starts no process. Each open cycle it writes or changes is marked
 * {@code awaiting_process} for the review catch-up to put onto live clocks at its step once this has committed; a
 * clock already passed when it is written here has arrived past, and so is a breach without an e-mail (ADR 13).
 */
@Service
public class ReviewsImport {

    private static final Logger log = LoggerFactory.getLogger(ReviewsImport.class);
    private static final int BATCH = 500;
    /** Twice a year from birth to 25: more reviews than that for one plan is not a review history. */
    static final int MAX_REVIEWS_PER_PLAN = 50;

    private final PlanFileImport frame;
    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final ClockRegister clocks;
    private final ClockSettings clockSettings;
    private final Timeline timeline;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ImportLimits limits;
    private final TableStatistics statistics;

    public ReviewsImport(PlanFileImport frame, CaseRepository cases, PlanRepository plans,
                         AnnualReviewRepository reviews, ClockRegister clocks, ClockSettings clockSettings,
                         Timeline timeline, EntityManager entityManager, Clock clock, ImportLimits limits,
                       TableStatistics statistics) {
        this.frame = frame;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.clocks = clocks;
        this.clockSettings = clockSettings;
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
     * PlansWithReviewsImport}): checked against the plans as plans.csv will make them, and naming the cases it changed
     * to {@code clocksLater} instead of writing their clocks.
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
        private final Map<String, ReviewRow.HeldPlan> held = new HashMap<>();
        /** The valid rows by case, in file order: a case's reviews are only known once the whole file is read. */
        private final Map<String, List<ReviewRow>> byCase = new LinkedHashMap<>();
        /** When set, the cases changed are named here and their clocks written by the caller, not per batch. */
        private PlanClocks clocksLater;
        /** The cases whose plan the same import creates: none of their cycles ever had a process (ADR 32). */
        private Set<String> newPlans = Set.of();
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
            readHeld();
            check();
            if (!errors.isEmpty()) {
                throw errors.refusal();
            }
            return write(began);
        }

        /**
         * The plans of plans.csv imported with this file, over those held: its rows are checked against the plans as
         * that file will make them (ADR 32).
         */
        void planned(Map<String, PlanRow> plans) {
            readHeld();
            Set<String> created = new HashSet<>();
            plans.forEach((caseRef, row) -> {
                ReviewRow.HeldPlan now = held.get(caseRef);
                boolean hasPlan = now != null && now.planId() != null;
                if (!hasPlan) {
                    created.add(caseRef);
                }
                // A plan not yet written has no ids: the write reads them again once plans.csv is written.
                held.put(caseRef, new ReviewRow.HeldPlan(now == null ? 0 : now.caseId(), hasPlan ? now.planId() : 0L,
                        row.planStartDate(), row.ceasedDate(), row.childDateOfBirth() != null
                        ? row.childDateOfBirth() : now == null ? null : now.childDateOfBirth(),
                        hasPlan ? now.cycles() : 1));
            });
            newPlans = created;
        }

        /** The cases the file's rows name, once checked: it writes each one's reviews from the first. */
        Set<String> cases() {
            return byCase.keySet();
        }

        /** Checks every row, on its own and with its case's others, recording every error. */
        void check() {
            forEachRow("Checking " + ReviewRow.FILE, row -> {
                String caseRef = row.text("case_ref");
                ReviewRow review = ReviewRow.read(row, today, caseRef == null ? null : held.get(caseRef),
                        clockSettings.infantJuniorTransfers());
                if (review == null || errors.full()) {
                    return;
                }
                List<ReviewRow> ofCase = byCase.computeIfAbsent(review.caseRef(), k -> new ArrayList<>());
                if (ofCase.size() == MAX_REVIEWS_PER_PLAN) {
                    row.reject("case_ref", "case " + caseRef + " has more than " + MAX_REVIEWS_PER_PLAN
                            + " reviews in the file: more than one plan's review history");
                    return;
                }
                ofCase.add(review);
            });
            if (!errors.full()) {
                byCase.forEach(this::checkTogether);
            }
            if (!errors.isEmpty()) {
                log.info("Reviews import refused: {} errors", errors.count());
            }
        }

        /** The errors the check found (empty when every row is right). */
        ImportErrors errors() {
            return errors;
        }

        /**
         * Writes the rows of a file checked without error; answers what it did. With plans.csv, once that file is
         * written: the held plans are read again, now with the ids of the plans it created.
         */
        ImportResult write(long began) {
            if (clocksLater != null) {
                readHeld();
            }
            progress.step("Writing the reviews", byCase.size());
            List<Map.Entry<String, List<ReviewRow>>> batch = new ArrayList<>(BATCH);
            int done = 0;
            for (Map.Entry<String, List<ReviewRow>> ofCase : byCase.entrySet()) {
                batch.add(ofCase);
                if (batch.size() == BATCH) {
                    write(batch);
                    done += batch.size();
                    progress.advance(done);
                    batch.clear();
                }
            }
            write(batch);
            if (clocksLater == null) {
                statistics.refreshPlans();
            } else {
                statistics.refreshPlanTables();
            }
            log.info("Reviews import{}: {} new, {} changed, {} unchanged in {} ms",
                    dryRun ? " (dry run, rolled back)" : "", imported, updated, unchanged,
                    (System.nanoTime() - began) / 1_000_000);
            return new ImportResult(imported, updated, unchanged, dryRun, List.of());
        }

        private void readHeld() {
            Map<Long, Integer> cycles = new HashMap<>();
            entityManager.createQuery("select r.planId, max(r.cycle) from AnnualReview r group by r.planId",
                    Object[].class).getResultStream().forEach(r -> cycles.put((Long) r[0], (Integer) r[1]));
            entityManager.createQuery("select c.caseRef, c.id, p.id, p.startDate, p.ceasedDate, c.child.dateOfBirth"
                            + " from AssessmentCase c left join Plan p on p.caseId = c.id", Object[].class)
                    .getResultStream().forEach(r -> held.put((String) r[0], new ReviewRow.HeldPlan((Long) r[1],
                            (Long) r[2], (LocalDate) r[3], (LocalDate) r[4], (LocalDate) r[5],
                            r[2] == null ? 0 : cycles.getOrDefault((Long) r[2], 0))));
        }

        /** A case's rows against each other, in meeting order, and against the cycles its plan holds. */
        private void checkTogether(String caseRef, List<ReviewRow> rows) {
            rows.sort(Comparator.comparing(ReviewRow::meetingDate).thenComparing(ReviewRow::number));
            for (int i = 0; i < rows.size(); i++) {
                ReviewRow r = rows.get(i);
                ReviewRow previous = i == 0 ? null : rows.get(i - 1);
                ReviewRow next = i == rows.size() - 1 ? null : rows.get(i + 1);
                if (previous != null && previous.meetingDate().equals(r.meetingDate())) {
                    reject(r, "meeting_date", "is the same as row " + previous.number() + "'s: case " + caseRef
                            + " has two reviews with the meeting on " + r.meetingDate());
                } else if (previous != null && previous.isDecided()
                        && r.meetingDate().isBefore(previous.decisionDate())) {
                    reject(r, "meeting_date", "must not be before the decision of the review before it ("
                            + previous.decisionDate() + ", row " + previous.number()
                            + "): the next review cycle starts at that decision");
                }
                if (previous != null && previous.isDecided()) {
                    r.stepsBeforeCycleBegan(previous.decisionDate()).forEach((column, message) ->
                            reject(r, column, message));
                }
                if (next != null && !r.isDecided()) {
                    reject(r, "decision", "is empty (a review not yet decided) but case " + caseRef
                            + " has a later review on row " + next.number() + ": only the last review may be open");
                } else if (next != null && r.decision() == ReviewDecision.CEASE) {
                    reject(r, "decision", "is CEASE but case " + caseRef + " has a later review on row "
                            + next.number() + ": a decision to cease is the plan's last review");
                }
            }
            ReviewRow last = rows.get(rows.size() - 1);
            int heldCycles = held.get(caseRef).cycles();
            if (heldCycles > rows.size() && !last.opensNextCycle()) {
                reject(last, "case_ref", "case " + caseRef + " has " + heldCycles + " review cycles recorded here"
                        + " but the file ends at review " + rows.size() + (last.isDecided() ? ", decided to cease"
                        : ", not yet decided") + ": the file must hold every review of the case up to the open one");
            }
        }

        private void reject(ReviewRow row, String column, String message) {
            errors.add(new ImportError(ReviewRow.FILE, row.number(), column, message));
        }

        private void write(List<Map.Entry<String, List<ReviewRow>>> batch) {
            if (batch.isEmpty()) {
                return;
            }
            List<Long> caseIds = batch.stream().map(e -> held.get(e.getKey()).caseId()).toList();
            Map<String, AssessmentCase> heldCases = cases.findAllById(caseIds).stream()
                    .collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
            Map<Long, Plan> heldPlans = plans.findByCaseIdIn(caseIds).stream()
                    .collect(Collectors.toMap(Plan::getCaseId, Function.identity()));
            Map<Long, List<AnnualReview>> heldCycles = reviews.findByPlanIdInOrderByCycleAsc(heldPlans.values()
                    .stream().map(Plan::getId).toList()).stream().collect(Collectors.groupingBy(
                    AnnualReview::getPlanId));
            Map<AssessmentCase, PlanFacts> changed = new LinkedHashMap<>();
            // As in the plans import: nothing read while the batch is written needs it flushed first (the breach
            // register reads breaches for each clock the history moves, and an import writes none), so it is flushed
            // once, at the batch's end, in JDBC batches, not before each of those reads (ADR 30).
            entityManager.setFlushMode(FlushModeType.COMMIT);
            try {
                for (Map.Entry<String, List<ReviewRow>> ofCase : batch) {
                    AssessmentCase c = heldCases.get(ofCase.getKey());
                    Plan plan = heldPlans.get(c.getId());
                    TreeMap<Integer, AnnualReview> cycles = new TreeMap<>();
                    heldCycles.getOrDefault(plan.getId(), List.of()).forEach(r -> cycles.put(r.getCycle(), r));
                    if (write(c, plan, ofCase.getValue(), cycles, newPlans.contains(ofCase.getKey()))) {
                        if (clocksLater == null) {
                            changed.put(c, PlanService.facts(c, plan, List.copyOf(cycles.values())));
                        } else {
                            clocksLater.changed(c.getId());
                        }
                    }
                }
                entityManager.flush();
                clocks.updatePlans(changed);
                entityManager.flush();
            } finally {
                entityManager.setFlushMode(FlushModeType.AUTO);
            }
            entityManager.clear();
        }

        /** One case's rows as its plan's cycles; true when anything was written. */
        private boolean write(AssessmentCase c, Plan plan, List<ReviewRow> rows, TreeMap<Integer, AnnualReview> cycles,
                              boolean planNewHere) {
            List<String> added = new ArrayList<>();
            List<String> changes = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                ReviewRow row = rows.get(i);
                int number = i + 1;
                AnnualReview cycle = cycles.get(number);
                boolean nothingRecorded = cycle == null || cycle.getMeetingDate() == null && !cycle.isDecided();
                boolean written = cycle == null || planNewHere;
                boolean newCycle = cycle == null;
                if (newCycle) {
                    cycle = new AnnualReview(plan, number, AnnualReview.Source.IMPORT, now);
                    cycles.put(number, cycle);
                }
                List<String> differences = row.changesFrom(cycle, today);
                if (differences.isEmpty()) {
                    if (newCycle) {
                        entityManager.persist(cycle);
                    }
                    unchanged++;
                    continue;
                }
                if (nothingRecorded) {
                    imported++;
                    added.add("review " + number + " meeting " + DateText.of(row.meetingDate())
                            + (row.isDecided() ? ", " + row.decision().name().toLowerCase() + " "
                            + DateText.of(row.decisionDate()) : ", not yet decided"));
                } else {
                    updated++;
                    changes.add("review " + number + ": " + String.join("; ", differences));
                }
                row.writeTo(cycle, today);
                markAwaiting(cycle, written);
                if (newCycle) {
                    // Persisted once written, as a new plan is (PlanService.restate): persisted empty, each new cycle
                    // was inserted and then updated.
                    entityManager.persist(cycle);
                }
            }
            ReviewRow last = rows.get(rows.size() - 1);
            if (last.opensNextCycle() && !cycles.containsKey(rows.size() + 1)) {
                AnnualReview next = new AnnualReview(plan, rows.size() + 1, AnnualReview.Source.IMPORT, now);
                markAwaiting(next, true);
                entityManager.persist(next);
                cycles.put(next.getCycle(), next);
                added.add("review " + next.getCycle() + " opened by the decision of "
                        + DateText.of(last.decisionDate()));
            }
            if (!added.isEmpty()) {
                timeline.record(c, "REVIEWS_IMPORTED", "Review history imported: " + String.join("; ", added));
            }
            if (!changes.isEmpty()) {
                timeline.record(c, "REVIEWS_IMPORT_CHANGED", "Reviews changed by import: "
                        + String.join(" | ", changes));
            }
            return !added.isEmpty() || !changes.isEmpty();
        }

        /**
         * Every cycle the import changed, and every new one with steps still to take, is put in step with the engine
         * once the facts are committed (the review catch-up, ADR 23): an open one goes live at its step, and a held
         * cycle the file decides, or a ceased plan's, has any process it was running stopped (the plans import may
         * have started its first cycle). A cycle first written here and already concluded never had a process, so
         * it is left out: most of a review history is such cycles, and the catch-up looked each one up in the engine
         * to stop nothing (ADR 30).
         */
        private void markAwaiting(AnnualReview cycle, boolean firstWrittenHere) {
            if (!firstWrittenHere || cycle.hasStepsLeft()) {
                cycle.setAwaitingProcess(true);
            } else {
                // The first cycle of a plan plans.csv created in the same import was marked when it opened; decided
                // here before any process started, it has none to stop (ADR 32).
                cycle.setAwaitingProcess(false);
            }
        }

        private void forEachRow(String step, Consumer<CsvRow> handler) {
            try {
                progress.step(step, Files.size(file));
                try (Reader reader = utf8(); CsvFile csv = new CsvFile(ReviewRow.FILE, reader, ReviewRow.COLUMNS,
                        ReviewRow.REQUIRED, errors, limits)) {
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
}
