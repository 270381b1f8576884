package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Requests by the month they were received, with where each stands today: "of June's requests, how many plans were
 * issued within 20 weeks, how many are still open". The plan, its due date, whether it was on time and whether an
 * exception applies are the clock register's week 20 clock, read as the 20-week measure reads it.
 */
@Repository
class Cohorts {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.status, k.due_date, k.done_date,
                   case when %s then 1 else 0 end as plan_on_time,
                   case when k.exception_applies then 1 else 0 end as with_exception
            from assessment_case c
            join statutory_clock k on k.case_id = c.id and %s
            where c.request_date >= :first and c.request_date <= :last
            order by c.request_date, c.case_ref
            """.formatted(ClockSql.MET_ON_TIME, CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN));

    private final NamedParameterJdbcTemplate jdbc;

    Cohorts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CohortCase> requestedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new CohortCase(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getString("status"),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("done_date", LocalDate.class),
                rs.getInt("plan_on_time") == 1,
                rs.getInt("with_exception") == 1));
    }
}
