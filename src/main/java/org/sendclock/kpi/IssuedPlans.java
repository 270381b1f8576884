package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 20-week measure's population: every final plan issued in the months asked for, whatever became of the case
 * since, read from the clock register's week 20 clock (its fact is the plan issued). On time when the register says
 * the clock was met on time ({@link ClockSql#MET_ON_TIME}: issued on or before its due date, request date + 140 days
 * by default); with an exception when the register says a reg 10(4) exception applies to it. See
 * docs/kpi-definitions.md.
 */
@Repository
class IssuedPlans {

    private static final String SQL = """
            select c.case_ref, c.request_date, k.due_date, k.done_date,
                   case when %s then 1 else 0 end as on_time,
                   case when k.exception_applies then 1 else 0 end as with_exception,
                   case when exists (select 1 from case_exception e where e.case_id = c.id and not e.imported
                                     and cast(e.recorded_at as date) > k.done_date) then 1 else 0 end
                       as exception_after_issue
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            where %s and k.done_date >= :first and k.done_date <= :last
            order by k.done_date, c.case_ref
            """.formatted(ClockSql.MET_ON_TIME, CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN));

    private final NamedParameterJdbcTemplate jdbc;

    IssuedPlans(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<IssuedPlan> issuedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new IssuedPlan(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("done_date", LocalDate.class),
                rs.getInt("on_time") == 1,
                rs.getInt("with_exception") == 1,
                rs.getInt("exception_after_issue") == 1));
    }
}
