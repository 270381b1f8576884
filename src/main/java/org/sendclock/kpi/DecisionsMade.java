package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 6-week measure's population: every decision whether to assess (assess or refuse) whose notice was sent to the
 * family in the months asked for, read from the clock register's week 6 clock. The duty is to notify (reg 5(1)), so
 * the clock's fact is the notice: a decision taken on day 40 and posted on day 45 is late, and one taken and posted on
 * day 40 but typed in on day 50 is on time. On time when the register says the clock was met on time
 * ({@link ClockSql#MET_ON_TIME}: notified on or before request date + 42 days by default).
 */
@Repository
class DecisionsMade {

    private static final String SQL = """
            select c.case_ref, c.request_date, k.due_date, c.decision_date, k.done_date, c.decision,
                   case when %s then 1 else 0 end as on_time
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            where %s and k.done_date >= :first and k.done_date <= :last
            order by k.done_date, c.case_ref
            """.formatted(ClockSql.MET_ON_TIME, CaseRecordSql.isCaseClock(Deadline.DECISION));

    private final NamedParameterJdbcTemplate jdbc;

    DecisionsMade(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DecisionMade> notifiedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new DecisionMade(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("decision_date", LocalDate.class),
                rs.getObject("done_date", LocalDate.class),
                rs.getString("decision"),
                rs.getInt("on_time") == 1));
    }
}
