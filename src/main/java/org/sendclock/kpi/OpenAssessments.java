package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The backlog on a day: assessments open at the end of that day ({@link CaseRecordSql#OPEN_ON}), and the clocks
 * overdue then. Which clocks are overdue is the clock register's answer ({@link ClockSql#standingOn} is
 * {@code OVERDUE}: due date before the day, its fact not recorded as done by the end of it, the clock still needed),
 * so the backlog counts exactly the overdue clocks the managers' register lists for that day. Works for any past day,
 * not only today, because both read dates, not the current status alone.
 */
@Repository
class OpenAssessments {

    private static final String CASES = """
            select c.case_ref, c.request_date, k.due_date
            from assessment_case c
            join statutory_clock k on k.case_id = c.id and %s
            where %s
            order by c.request_date, c.case_ref
            """.formatted(CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN), CaseRecordSql.OPEN_ON);

    /**
     * Every duty of the council overdue at the end of the day: the week 6, week 16 and week 20 clocks and each advice
     * request's. ({@code due_date < :on} is implied by the standing; said again so that the index on (clock,
     * due_date) narrows the rows read.)
     */
    private static final String OVERDUE = """
            select c.case_ref, k.clock, a.advice_type, k.start_date, k.due_date
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            left join advice_request a on a.id = k.advice_request_id
            where k.clock in ('DECISION', 'NO_PLAN_NOTICE', 'FINAL_PLAN', 'ADVICE') and k.due_date < :on
              and %s and %s = 'OVERDUE'
            order by k.due_date, c.case_ref, k.id
            """.formatted(ClockSql.startedBy("on"), ClockSql.standingOn("on"));

    private final NamedParameterJdbcTemplate jdbc;

    OpenAssessments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenAssessment> openOn(LocalDate on) {
        return jdbc.query(CASES, Map.of("on", on), (rs, i) -> new OpenAssessment(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class)));
    }

    List<OverdueClock> overdueOn(LocalDate on) {
        return jdbc.query(OVERDUE, Map.of("on", on), (rs, i) -> new OverdueClock(
                Deadline.valueOf(rs.getString("clock")),
                rs.getString("case_ref"),
                rs.getString("advice_type"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class)));
    }
}
