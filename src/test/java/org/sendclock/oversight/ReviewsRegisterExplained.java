package org.sendclock.oversight;

import java.time.LocalDate;
import org.sendclock.casefile.Paging;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * PostgreSQL's plans for the reviews register's statements as the register runs them (its counts and its first page,
 * for every case and for one school of one team, and the weekly digest's), with {@code EXPLAIN (ANALYZE, BUFFERS)}: what the benchmarks write
 * next to their figures, so an index is added on evidence. PostgreSQL only.
 */
public final class ReviewsRegisterExplained {

    private ReviewsRegisterExplained() {
    }

    public static String of(ReviewsRegister register, NamedParameterJdbcTemplate jdbc, LocalDate on) {
        ReviewFilter school = new ReviewFilter(null, "100007", "North", null, null);
        StringBuilder out = new StringBuilder();
        explain(out, "the reviews register's counts, " + on, register.countsQuery(on, ReviewFilter.ALL), jdbc);
        explain(out, "the reviews register's first page", register.pageQuery(on, ReviewFilter.ALL,
                RegisterSort.WORST_FIRST, Paging.FIRST), jdbc);
        explain(out, "one school of one team: counts", register.countsQuery(on, school), jdbc);
        explain(out, "one school of one team: first page", register.pageQuery(on, school, RegisterSort.WORST_FIRST,
                Paging.FIRST), jdbc);
        explain(out, "the weekly digest: each team's counts", register.teamCountsQuery(on), jdbc);
        explain(out, "the weekly digest: each team's longest overdue", register.longestOverdueQuery(on,
                WeeklyDigest.LONGEST_OVERDUE), jdbc);
        return out.toString();
    }

    private static void explain(StringBuilder out, String title, ReviewsRegister.Query query,
                                NamedParameterJdbcTemplate jdbc) {
        out.append("-- ").append(title).append('\n');
        jdbc.queryForList("explain (analyze, buffers) " + query.sql(), query.params(), String.class)
                .forEach(line -> out.append(line).append('\n'));
        out.append('\n');
    }
}
