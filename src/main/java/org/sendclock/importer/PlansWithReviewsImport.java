package org.sendclock.importer;

import jakarta.persistence.EntityManager;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sendclock.casefile.CaseRepository;
import org.sendclock.clock.ClockRegister;
import org.sendclock.plan.AnnualReviewRepository;
import org.sendclock.plan.PlanRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A council's maintained plans and their review history brought in as one step (ADR 32): plans.csv and reviews.csv
 * checked together, every error of both files listed (file, row and column) and nothing written if there is any; then
 * both files' facts written in one transaction, each plan's clocks written once from its plan and all its cycles, and
 * after the commit one review catch-up. Imported one after the other, the two files wrote every plan's clocks twice and
 * ran two catch-ups, the second stopping the review processes the first had started.
 */
@Service
public class PlansWithReviewsImport {

    private static final Logger log = LoggerFactory.getLogger(PlansWithReviewsImport.class);

    private final PlanFileImport frame;
    private final PlansImport plansImport;
    private final ReviewsImport reviewsImport;
    private final CaseRepository cases;
    private final PlanRepository plans;
    private final AnnualReviewRepository reviews;
    private final ClockRegister clocks;
    private final EntityManager entityManager;
    private final ImportLimits limits;
    private final TableStatistics statistics;

    PlansWithReviewsImport(PlanFileImport frame, PlansImport plansImport, ReviewsImport reviewsImport,
                           CaseRepository cases, PlanRepository plans, AnnualReviewRepository reviews,
                           ClockRegister clocks, EntityManager entityManager, ImportLimits limits,
                           TableStatistics statistics) {
        this.statistics = statistics;
        this.frame = frame;
        this.plansImport = plansImport;
        this.reviewsImport = reviewsImport;
        this.cases = cases;
        this.plans = plans;
        this.reviews = reviews;
        this.clocks = clocks;
        this.entityManager = entityManager;
        this.limits = limits;
    }

    /** What each file's rows did; {@code reviews} is null when no reviews.csv was given. */
    public record Result(ImportResult plans, ImportResult reviews, boolean dryRun) {
    }

    /**
     * @param reviewsFile reviews.csv, or null for plans.csv alone
     * @throws ImportRefused listing every error of both files; nothing is written then
     * @throws org.sendclock.casefile.StepNotPossible when another import is running
     */
    public Result run(Path plansFile, Path reviewsFile, boolean dryRun, ImportProgress progress) {
        if (reviewsFile == null) {
            return new Result(plansImport.run(plansFile, dryRun, progress), null, dryRun);
        }
        return frame.run(dryRun, progress, 5, () -> facts(plansFile, reviewsFile, dryRun, progress));
    }

    private Result facts(Path plansFile, Path reviewsFile, boolean dryRun, ImportProgress progress) {
        long began = System.nanoTime();
        PlanClocks clocksLater = new PlanClocks();
        PlansImport.Run planRun = plansImport.withClocksLater(plansFile, dryRun, progress, clocksLater);
        ReviewsImport.Run reviewRun = reviewsImport.withClocksLater(reviewsFile, dryRun, progress, clocksLater);
        Map<String, PlanRow> planned = new LinkedHashMap<>();
        Set<String> wrongPlans = new HashSet<>();
        planRun.check(row -> planned.put(row.caseRef(), row), wrongPlans::add);
        planned.keySet().removeAll(wrongPlans); // a case_ref on two rows: neither is taken
        reviewRun.planned(planned);
        reviewRun.check();
        if (!planRun.errors().isEmpty() || !reviewRun.errors().isEmpty()) {
            throw refusal(planRun.errors().refusal(), reviewRun.errors().refusal(), wrongPlans);
        }
        planRun.historyWith(reviewRun.cases());
        ImportResult planResult = planRun.write(began);
        ImportResult reviewResult = reviewRun.write(System.nanoTime());
        long clocksBegan = System.nanoTime();
        clocksLater.write(cases, plans, reviews, clocks, entityManager, progress);
        long statisticsBegan = System.nanoTime();
        // The register's statistics once its clocks are written; the files' own writes counted the plan tables only
        // (ADR 39).
        statistics.refreshPlans();
        long ended = System.nanoTime();
        log.info("Plans with reviews import{}: plans {}, reviews {}, in {} ms (the clocks {} ms, the statistics {} ms)",
                dryRun ? " (dry run, rolled back)" : "", planResult, reviewResult, (ended - began) / 1_000_000,
                (statisticsBegan - clocksBegan) / 1_000_000, (ended - statisticsBegan) / 1_000_000);
        return new Result(planResult, reviewResult, dryRun);
    }

    /**
     * Both files' errors, plans.csv's first, as many as one import lists. A review of a case whose plans.csv row is
     * itself wrong is not also refused for naming a plan that is not held: the plan's own error says what to mend.
     */
    private ImportRefused refusal(ImportRefused ofPlans, ImportRefused ofReviews, Set<String> wrongPlans) {
        List<ImportError> listed = new ArrayList<>(ofPlans.errors());
        long more = ofPlans.moreErrors() + ofReviews.moreErrors();
        for (ImportError e : ofReviews.errors()) {
            if (!namesAWrongPlan(e, wrongPlans)) {
                if (listed.size() < limits.maxErrors()) {
                    listed.add(e);
                } else {
                    more++;
                }
            }
        }
        return new ImportRefused(listed, more);
    }

    private static boolean namesAWrongPlan(ImportError e, Set<String> wrongPlans) {
        String m = e.message();
        String notHeld = " is held: import its plan (plans.csv) first";
        String noPlan = " has no plan: import its plan (plans.csv) first";
        String caseRef = !e.column().equals("case_ref") ? null
                : m.startsWith("no case ") && m.endsWith(notHeld) ? m.substring(8, m.length() - notHeld.length())
                : m.startsWith("case ") && m.endsWith(noPlan) ? m.substring(5, m.length() - noPlan.length()) : null;
        return caseRef != null && wrongPlans.contains(caseRef);
    }
}
