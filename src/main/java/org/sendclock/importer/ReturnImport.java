package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sendclock.casefile.AssessmentCase;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.casefile.ReturnFlags;
import org.sendclock.casefile.Timeline;
import org.sendclock.csv.CsvWriter;
import org.sendclock.plan.Plan;
import org.sendclock.plan.PlanRepository;
import org.sendclock.plan.PlanService;
import org.sendclock.review.ReviewCatchUp;
import org.sendclock.sen2.Sen2Module;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brings a council's previous SEN2 return in (ADR 31): the XML file, or the module CSVs. Each child is read on their
 * own and translated into the rows requests.csv, plans.csv and reviews.csv take, staged in temporary files, and those
 * go through the imports that take them ({@link CaseloadImport}, {@link PlansImport}, {@link ReviewsImport}), so the
 * same checks and the same writing serve both; then what the rows cannot hold (the year's settings with their days,
 * the mediation and tribunal flags, residential, work-based learning, personal budget) is written. All of it in one
 * transaction under the imports' lock: any error and nothing is written, each error named by file, record (the row,
 * or the person's position in the XML), module and item, and the child's UPN or case reference. Importing the same
 * return again changes nothing. After the commit the processes of the cases and review cycles written start at their
 * steps, as after the other imports (ADRs 13 and 23).
 */
@Service
public class ReturnImport {

    private static final Logger log = LoggerFactory.getLogger(ReturnImport.class);
    private static final int BATCH = 500;

    private final CaseloadImport caseloadImport;
    private final PlansImport plansImport;
    private final ReviewsImport reviewsImport;
    private final ProcessCatchUp processes;
    private final ReviewCatchUp reviewProcesses;
    private final CaseRepository cases;
    private final PlanRepository plans;
    private final PlanService planService;
    private final Timeline timeline;
    private final EntityManager entityManager;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ImportLimits limits;
    private final TableStatistics statistics;

    ReturnImport(CaseloadImport caseloadImport, PlansImport plansImport, ReviewsImport reviewsImport,
                 ProcessCatchUp processes, ReviewCatchUp reviewProcesses, CaseRepository cases, PlanRepository plans,
                 PlanService planService, Timeline timeline, EntityManager entityManager,
                 NamedParameterJdbcTemplate jdbc, PlatformTransactionManager transactions, ImportLimits limits,
                 TableStatistics statistics) {
        this.statistics = statistics;
        this.caseloadImport = caseloadImport;
        this.plansImport = plansImport;
        this.reviewsImport = reviewsImport;
        this.processes = processes;
        this.reviewProcesses = reviewProcesses;
        this.cases = cases;
        this.plans = plans;
        this.planService = planService;
        this.timeline = timeline;
        this.entityManager = entityManager;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.limits = limits;
    }

    /**
     * What the import did: the requests, plans and reviews as their own imports count them, and the cases whose
     * other facts from the return (settings with their days, flags) it changed.
     */
    public record Result(ImportResult requests, ImportResult plans, ImportResult reviews, int otherFactsChanged,
                         boolean dryRun) {
    }

    /** The return as given: the XML, or the module CSVs by module (the person module among them). */
    public record Source(Path xml, String xmlName, Map<Sen2Module, Path> modules) {
    }

    /**
     * @param reportingYear the calendar year the return covers; needed for the module CSVs, which have no header,
     *                      and when given for the XML, must agree with its header
     * @throws ImportRefused listing every error; nothing is written then
     * @throws org.sendclock.casefile.StepNotPossible when another import is running
     */
    public Result run(Source files, Integer reportingYear, boolean dryRun, ImportProgress progress) {
        return caseloadImport.exclusively(() -> {
            progress.plan(dryRun ? 4 : 6);
            try {
                Result result = transaction.execute(status -> {
                    Result written = new Run(files, reportingYear, dryRun, progress).run();
                    if (dryRun) {
                        status.setRollbackOnly();
                    }
                    return written;
                });
                if (!dryRun) {
                    progress.step("Putting the open cases onto live clocks", processes.waiting());
                    processes.run(Set.of(), progress::advance);
                    progress.step("Starting the review processes", reviewProcesses.waiting());
                    reviewProcesses.run();
                    statistics.afterCatchUp();
                }
                return result;
            } finally {
                progress.finish();
            }
        });
    }

    /** A person source: the XML or the module CSVs, a child at a time. */
    interface People extends AutoCloseable {
        ReturnPerson next();

        /** The collection year its header names (the XML), or null. */
        Integer collectionYear();

        /** True when the source names each request's case (CaseRef in the module CSVs). */
        boolean namesCases();

        @Override
        void close();
    }

    private final class Run {
        private final Source files;
        private final Integer reportingYear;
        private final boolean dryRun;
        private final ImportProgress progress;
        private final ImportErrors errors = new ImportErrors(limits.maxErrors());
        private final Map<String, String> heldByUpn = new HashMap<>();
        private final List<ReturnRows.Origin> requestOrigins = new ArrayList<>();
        private final List<ReturnRows.Origin> planOrigins = new ArrayList<>();
        private final List<ReturnRows.Origin> reviewOrigins = new ArrayList<>();
        private final List<ReturnRows.Beyond> beyond = new ArrayList<>();

        Run(Source files, Integer reportingYear, boolean dryRun, ImportProgress progress) {
            this.files = files;
            this.reportingYear = reportingYear;
            this.dryRun = dryRun;
            this.progress = progress;
        }

        Result run() {
            long began = System.nanoTime();
            jdbc.query("""
                    select c.case_ref, c.child_upn, c.request_date,
                           (select count(*) from ehc_plan p where p.case_id = c.id) as plans
                    from assessment_case c where c.child_upn is not null order by c.id""", Map.of(), rs -> {
                LocalDate requestDate = rs.getObject("request_date", LocalDate.class);
                if (requestDate != null || rs.getInt("plans") > 0) {
                    heldByUpn.putIfAbsent(key(rs.getString("child_upn").toUpperCase(java.util.Locale.ROOT),
                            requestDate), rs.getString("case_ref"));
                }
            });
            Path staged = null;
            try {
                staged = Files.createTempDirectory("sendclock-sen2-");
                Path requests = staged.resolve(RequestRow.FILE);
                Path planFile = staged.resolve(PlanRow.FILE);
                Path reviews = staged.resolve(ReviewRow.FILE);
                stage(requests, planFile, reviews);
                if (!errors.isEmpty()) {
                    log.info("SEN2 return import refused: {} errors", errors.count());
                    throw errors.refusal();
                }
                ImportResult requestResult = named(RequestRow.FILE, requestOrigins, () -> caseloadImport.facts(
                        new ImportFiles(requests, null), dryRun, progress).requests());
                ImportResult planResult = named(PlanRow.FILE, planOrigins, () -> plansImport.facts(planFile, dryRun,
                        progress));
                ImportResult reviewResult = named(ReviewRow.FILE, reviewOrigins, () -> reviewsImport.facts(reviews,
                        dryRun, progress));
                int changed = writeBeyond();
                log.info("SEN2 return import{}: requests {}, plans {}, reviews {}, other facts of {} cases changed, in"
                        + " {} ms", dryRun ? " (dry run, rolled back)" : "", requestResult, planResult, reviewResult,
                        changed, (System.nanoTime() - began) / 1_000_000);
                return new Result(requestResult, planResult, reviewResult, changed, dryRun);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteAll(staged);
            }
        }

        /** Reads every child, checks and translates them, and writes their rows to the three staged files. */
        private void stage(Path requests, Path planFile, Path reviews) throws IOException {
            progress.step("Reading the return", 0);
            try (People people = people();
                 BufferedWriter requestOut = java.nio.file.Files.newBufferedWriter(requests, StandardCharsets.UTF_8);
                 BufferedWriter planOut = java.nio.file.Files.newBufferedWriter(planFile, StandardCharsets.UTF_8);
                 BufferedWriter reviewOut = java.nio.file.Files.newBufferedWriter(reviews, StandardCharsets.UTF_8)) {
                CsvWriter requestCsv = new CsvWriter(requestOut);
                CsvWriter planCsv = new CsvWriter(planOut);
                CsvWriter reviewCsv = new CsvWriter(reviewOut);
                requestCsv.row(RequestRow.COLUMNS);
                planCsv.row(PlanRow.COLUMNS);
                reviewCsv.row(ReviewRow.HISTORY);
                Integer year = null;
                for (ReturnPerson person = people.next(); person != null; person = people.next()) {
                    if (year == null) {
                        year = year(people.collectionYear());
                        if (year == null) {
                            return;
                        }
                    }
                    ReturnRows rows = ReturnRows.of(person, year, (upn, date) -> heldByUpn.get(key(upn, date)),
                            people.namesCases());
                    if (person.hasProblems()) {
                        person.reportTo(errors);
                        continue;
                    }
                    if (!errors.isEmpty()) {
                        continue; // refused already: nothing will be staged or written
                    }
                    write(rows.requests, requestCsv, requestOrigins);
                    write(rows.plans, planCsv, planOrigins);
                    write(rows.reviews, reviewCsv, reviewOrigins);
                    beyond.addAll(rows.beyond);
                    progress.advance(person.position());
                }
                if (year == null && errors.isEmpty()) {
                    year(people.collectionYear());
                }
            }
        }

        private People people() {
            if (files.xml() != null) {
                ReturnXml xml = new ReturnXml(files.xmlName(), files.xml(), limits, errors);
                return new People() {
                    public ReturnPerson next() {
                        return xml.next();
                    }

                    public Integer collectionYear() {
                        return xml.collectionYear();
                    }

                    public boolean namesCases() {
                        return false;
                    }

                    public void close() {
                        xml.close();
                    }
                };
            }
            return new ReturnModuleCsvs(files.modules(), limits, errors);
        }

        /** The year the return covers: the header's, which a year given must agree with; null after an error. */
        private Integer year(Integer collectionYear) {
            if (collectionYear == null && reportingYear == null) {
                errors.add(new ImportError(files.xml() != null ? files.xmlName() : "", 0, "year", files.xml() != null
                        ? "the return's header has no Year: give the year it covers (year=YYYY)"
                        : "is required with the module CSVs: the calendar year the return covers (year=YYYY)"));
                return null;
            }
            if (collectionYear != null && reportingYear != null && collectionYear - 1 != reportingYear) {
                errors.add(new ImportError(files.xmlName(), 0, "year", "is " + reportingYear + " but the return's"
                        + " header is for the collection of " + collectionYear + ", which covers "
                        + (collectionYear - 1)));
                return null;
            }
            return collectionYear != null ? collectionYear - 1 : reportingYear;
        }

        private void write(List<ReturnRows.Staged> rows, CsvWriter csv, List<ReturnRows.Origin> origins) {
            for (ReturnRows.Staged row : rows) {
                csv.row(row.cells());
                origins.add(row.origin());
            }
        }

        /** The staged file's import; its errors named again as the return's (module, record and item). */
        private ImportResult named(String file, List<ReturnRows.Origin> origins,
                                   java.util.function.Supplier<ImportResult> stage) {
            try {
                return stage.get();
            } catch (ImportRefused refused) {
                List<ImportError> named = refused.errors().stream().map(e -> named(file, origins, e)).toList();
                throw new ImportRefused(named, refused.moreErrors());
            }
        }

        private ImportError named(String file, List<ReturnRows.Origin> origins, ImportError e) {
            if (e.row() < 1 || e.row() > origins.size()) {
                return e;
            }
            ReturnRows.Origin origin = origins.get(e.row() - 1);
            String[] item = ReturnRows.itemOf(file, e.column(), origin);
            Sen2Module module = Arrays.stream(Sen2Module.values()).filter(m -> m.number().equals(item[0]))
                    .findFirst().orElseThrow();
            ReturnPerson.Location at = origin.at(module);
            return new ImportError(at.file(), at.row(), module.element() + "/" + item[1],
                    origin.named() + ": " + inItems(file, e.message(), origin));
        }

        /** A row check's message with the staged file's column names put as the return's items. */
        private String inItems(String file, String message, ReturnRows.Origin origin) {
            List<String> columns = switch (file) {
                case RequestRow.FILE -> RequestRow.COLUMNS;
                case PlanRow.FILE -> PlanRow.COLUMNS;
                default -> ReviewRow.COLUMNS;
            };
            String text = message;
            for (String column : columns.stream().sorted(Comparator.comparing(String::length).reversed()).toList()) {
                if (text.contains(column)) {
                    text = text.replaceAll("\\b" + column + "\\b", ReturnRows.itemOf(file, column, origin)[1]);
                }
            }
            return text;
        }

        /** What the rows cannot hold, case by case; answers how many cases it changed. */
        private int writeBeyond() {
            progress.step("Writing the settings and flags", beyond.size());
            int changed = 0;
            for (int from = 0; from < beyond.size(); from += BATCH) {
                List<ReturnRows.Beyond> batch = beyond.subList(from, Math.min(beyond.size(), from + BATCH));
                Map<String, AssessmentCase> byRef = cases.findByCaseRefIn(batch.stream()
                        .map(ReturnRows.Beyond::caseRef).toList()).stream()
                        .collect(Collectors.toMap(AssessmentCase::getCaseRef, Function.identity()));
                Map<Long, Plan> planOf = plans.findByCaseIdIn(byRef.values().stream().map(AssessmentCase::getId)
                        .toList()).stream().collect(Collectors.toMap(Plan::getCaseId, Function.identity()));
                for (ReturnRows.Beyond b : batch) {
                    AssessmentCase c = byRef.get(b.caseRef());
                    if (c == null) {
                        continue; // a plan-only case whose request the return does not carry: none was written
                    }
                    List<String> changes = new ArrayList<>();
                    ReturnFlags held = c.returnFlags();
                    ReturnFlags flags = over(b.flags(), held);
                    if (!flags.equals(held)) {
                        c.recordReturnFlags(flags);
                        changes.add("mediation, tribunal and youth accommodation flags");
                    }
                    Plan plan = planOf.get(c.getId());
                    if (plan != null && b.plan() != null) {
                        changes.addAll(planService.restateFromReturn(plan, b.plan()));
                    }
                    if (!changes.isEmpty()) {
                        timeline.record(c, "UPDATED_FROM_SEN2_RETURN", "Updated from the SEN2 return: "
                                + String.join("; ", changes));
                        changed++;
                    }
                }
                entityManager.flush();
                entityManager.clear();
                progress.advance(from + batch.size());
            }
            return changed;
        }
    }

    /** The return's flags over those held: a flag the return leaves empty keeps what is held. */
    private static ReturnFlags over(ReturnFlags given, ReturnFlags held) {
        return new ReturnFlags(or(given.youthAccommodation(), held.youthAccommodation()),
                or(given.requestMediation(), held.requestMediation()), or(given.requestTribunal(),
                held.requestTribunal()), or(given.assessmentMediation(), held.assessmentMediation()),
                or(given.assessmentTribunal(), held.assessmentTribunal()), or(given.otherMediation(),
                held.otherMediation()), or(given.otherTribunal(), held.otherTribunal()));
    }

    private static Boolean or(Boolean given, Boolean held) {
        return given != null ? given : held;
    }

    private static String key(String upn, LocalDate requestDate) {
        return upn + "|" + (requestDate == null ? "plan" : requestDate);
    }

    private static void deleteAll(Path directory) {
        if (directory == null) {
            return;
        }
        try (var files = Files.list(directory)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(directory);
        } catch (IOException e) {
            log.warn("A staged file of the SEN2 return import could not be removed: {}", e.getMessage());
        }
    }
}
