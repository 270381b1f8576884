package org.sendclock.importer;

import java.util.function.Supplier;
import org.sendclock.review.ReviewCatchUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What plans.csv and reviews.csv, on their own or together, share around their own rows: one import at a time (the caseload import's lock), the
 * file's facts written in one transaction and rolled back for a dry run, then, once committed, the review cycles the
 * file marked put onto the engine at their steps a few to a transaction ({@link ReviewCatchUp}, ADRs 13 and 23).
 */
@Component
class PlanFileImport {

    private final CaseloadImport caseloadImport;
    private final TransactionTemplate transaction;
    private final ReviewCatchUp reviewProcesses;
    private final TableStatistics statistics;

    PlanFileImport(CaseloadImport caseloadImport, PlatformTransactionManager transactions,
                   ReviewCatchUp reviewProcesses, TableStatistics statistics) {
        this.statistics = statistics;
        this.caseloadImport = caseloadImport;
        this.transaction = new TransactionTemplate(transactions);
        this.reviewProcesses = reviewProcesses;
    }

    /**
     * @param write checks the file and writes its facts, answering what it did; throws {@link ImportRefused} when any
     *              row is wrong
     * @throws org.sendclock.casefile.StepNotPossible when another import is running
     */
    ImportResult run(boolean dryRun, ImportProgress progress, Supplier<ImportResult> write) {
        return run(dryRun, progress, 2, write);
    }

    /**
     * As {@link #run(boolean, ImportProgress, Supplier)}, for a write of {@code factSteps} progress steps answering
     * what it did as {@code T} (plans.csv and reviews.csv together, {@link PlansWithReviewsImport}).
     */
    <T> T run(boolean dryRun, ImportProgress progress, int factSteps, Supplier<T> write) {
        return caseloadImport.exclusively(() -> {
            progress.plan(dryRun ? factSteps : factSteps + 1);
            try {
                T result = transaction.execute(status -> {
                    T written = write.get();
                    if (dryRun) {
                        status.setRollbackOnly();
                    }
                    return written;
                });
                if (!dryRun) {
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
}
