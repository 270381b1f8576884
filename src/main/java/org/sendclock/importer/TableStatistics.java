package org.sendclock.importer;

import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Tells PostgreSQL's planner how big the case tables have become after an import has written them. Until autovacuum
 * gets round to it the planner believes them as small as before, and scans them whole for every lookup by case
 * reference: the engine's own lookups while the open cases' clocks start, and a second import straight after the
 * first, took minutes instead of seconds. Run inside the import's transaction, ANALYZE counts the rows it has written.
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
            jdbc.execute("analyze assessment_case, advice_request, case_exception");
        }
    }

    /**
     * The same for the clock register once the import has written its clocks: the backlog and the managers' register
     * ask it for the clocks still open, and a planner that believes it small (or holds the last import's figures) joins
     * every case to find them.
     */
    void refreshClocks() {
        if (postgres) {
            jdbc.execute("analyze statutory_clock");
        }
    }
}
