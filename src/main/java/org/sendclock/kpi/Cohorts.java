package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Requests by the month they were received, with where each stands today: "of June's requests, how many plans were
 * issued within 20 weeks, how many are still open". A plan is on time by the same rule as the 20-week measure.
 */
@Repository
class Cohorts {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.status, c.final_plan_due, c.final_plan_date,
                   case when c.final_plan_date <= c.final_plan_due then 1 else 0 end as plan_on_time,
                   %s as with_exception
            from assessment_case c
            where c.request_date >= :first and c.request_date <= :last
            order by c.request_date, c.case_ref
            """.formatted(CaseRecordSql.WITH_EXCEPTION);

    private final NamedParameterJdbcTemplate jdbc;

    Cohorts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CohortCase> requestedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new CohortCase(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getString("status"),
                rs.getObject("final_plan_due", LocalDate.class),
                rs.getObject("final_plan_date", LocalDate.class),
                rs.getInt("plan_on_time") == 1,
                rs.getInt("with_exception") == 1));
    }
}
