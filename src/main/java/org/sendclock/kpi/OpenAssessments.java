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
     * Every duty of the council overdue at the end of the day (the comment period is the family's, not a duty), each
     * kept only when the register's standing on the day is OVERDUE; the backlog counts the week 6, week 16 and week 20
     * clocks and each advice request's.
     */
    private static final String OVERDUE_CLOCK = """
            select c.case_ref, k.clock, a.advice_type, k.start_date, k.due_date, k.id
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            left join advice_request a on a.id = k.advice_request_id
            where k.clock <> 'COMMENT_PERIOD' and ASSESSMENT_CLOCKS and %s and %s = 'OVERDUE'
            """.replace("ASSESSMENT_CLOCKS", Deadline.assessmentClocksSql())
            .formatted(ClockSql.startedBy("on"), ClockSql.standingOn("on"));

    /**
     * The same clocks, read in three parts that only narrow the rows the database looks at: a clock can only be
     * overdue on the day when its fact is not dated on or before it (none yet, or a later one) and it had not stopped
     * applying by then. The parts do not overlap, and the standing alone decides. Nearly every clock of a long history
     * was met or stopped long ago: read whole, every past clock was weighed for each backlog (14 to 23 s over ten
     * years on H2); through V9's index on (done_date, ended_date, due_date) the first two parts read only the clocks
     * still open, and the third those met after the day (none for today). The clock kinds are not in the condition:
     * with them, H2 reads the clock kinds through V6's index on (clock, done_date) whole instead.
     */
    private static final String OVERDUE = """
            %1$s  and k.done_date is null and k.ended_date is null and k.due_date < :on
            union all
            %1$s  and k.done_date is null and k.ended_date > :on and k.due_date < :on
            union all
            %1$s  and k.done_date > :on
            order by due_date, case_ref, id
            """.formatted(OVERDUE_CLOCK);

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
