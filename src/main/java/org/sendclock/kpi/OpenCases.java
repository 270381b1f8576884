package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Cases open on a day (not finished on or before it) whose week 20 clock is due by a date, earliest due first: the
 * due date, whether the clock is overdue that day and whether an exception applies are the clock register's.
 */
@Repository
class OpenCases {

    private static final String SQL = """
            select c.case_ref, c.request_date, k.due_date,
                   case when k.exception_applies then 1 else 0 end as with_exception,
                   case when %s = 'OVERDUE' then 1 else 0 end as overdue
            from assessment_case c
            join statutory_clock k on k.case_id = c.id and %s
            where %s and k.due_date <= :dueBy
            order by k.due_date, c.case_ref
            """.formatted(ClockSql.standingOn("on"), CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN),
            CaseRecordSql.OPEN_ON);

    private final NamedParameterJdbcTemplate jdbc;

    OpenCases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenCase> openOnDueBy(LocalDate on, LocalDate dueBy) {
        return jdbc.query(SQL, Map.of("on", on, "dueBy", dueBy), (rs, i) -> new OpenCase(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getInt("with_exception") == 1,
                rs.getInt("overdue") == 1));
    }
}
