package org.sendclock.importer;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells PostgreSQL's planner how big the case tables have become after an import has written them. Until autovacuum
 * gets round to it the planner believes them as small as before, and scans them whole for every lookup by case
 * reference: the engine's own lookups while the open cases' clocks start, and a second import straight after the
 * first, took minutes instead of seconds. Run inside the import's transaction, ANALYZE counts the rows it has written:
 * once the cases and advice are written, and again once their clocks are, before the engine reads them.
 * H2 needs nothing.
 */
@Component
class TableStatistics {

    private final JdbcTemplate jdbc;
    private final boolean postgres;

    TableStatistics(DataSource dataSource, JdbcTemplate jdbc) throws Exception {
        this.jdbc = jdbc;
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
        this.postgres = product.toLowerCase(Locale.ROOT).contains("postgresql");
    }

    void refresh() {
        if (postgres) {
            jdbc.execute("analyze assessment_case, advice_request, case_exception, statutory_clock");
        }
    }

    /**
     * The same for plans.csv and reviews.csv: the plan tables they fill and the register's clocks, before the review
     * catch-up's engine look-ups and the reviews register read them (ADR 30).
     */
    void refreshPlans() {
        if (postgres) {
            jdbc.execute("analyze assessment_case, ehc_plan, plan_need, plan_placement, plan_review, statutory_clock");
        }
    }

    /**
     * The plan tables alone, for a file whose clocks the import writes later (plans.csv with reviews.csv, ADR 32).
     * Counted then, before a clock is written, the register's statistics said it held no rows, and where its pages
     * held deleted ones (a system emptied, a trial caseload removed) the planner took that density for the whole
     * table however far the import grew it: it read every clock written so far to find each batch's held ones, 7.8 s
     * of a county's import where an index read takes none (ADR 39). Counted once the clocks are written, as before.
     */
    void refreshPlanTables() {
        if (postgres) {
            jdbc.execute("analyze assessment_case, ehc_plan, plan_need, plan_placement, plan_review");
        }
    }

    /**
     * After the catch-up has started an import's processes, outside any transaction. The same for the engine's runtime
     * tables: thousands of executions, tasks, variables and timers where the planner last saw a handful. Without it a
     * caseworker's task list (candidate groups joined to tasks) took nine times as long at a county as at a tenth of
     * one until autovacuum caught up (docs/performance.md, "A county"). And the register vacuumed: its counts (the
     * reviews register's, ADR 38) are answered from V34's index alone only where the table's visibility map says its
     * pages are all visible, which for the rows just written it does not until a vacuum has passed; until then each
     * count read every listed clock from the table.
     */
    void afterCatchUp() {
        if (postgres) {
            jdbc.execute("analyze act_ru_execution, act_ru_task, act_ru_identitylink, act_ru_variable, act_ru_job, "
                    + "act_ru_event_subscr");
            // VACUUM cannot run inside a transaction; an import run inside one (none is, in the product) leaves it to
            // autovacuum.
            if (!TransactionSynchronizationManager.isActualTransactionActive()) {
                jdbc.execute("vacuum statutory_clock");
            }
        }
    }
}
