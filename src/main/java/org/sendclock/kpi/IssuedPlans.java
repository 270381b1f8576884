package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 20-week measure's population: every final plan issued in the months asked for, whatever became of the case
 * since. On time when issued on or before the final plan due date stored on the case (request date + 140 days by
 * default, see docs/kpi-definitions.md).
 */
@Repository
class IssuedPlans {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.final_plan_due, c.final_plan_date,
                   case when c.final_plan_date <= c.final_plan_due then 1 else 0 end as on_time,
                   %s as with_exception
            from assessment_case c
            where c.final_plan_date >= :first and c.final_plan_date <= :last
            order by c.final_plan_date, c.case_ref
            """.formatted(CaseRecordSql.WITH_EXCEPTION);

    private final NamedParameterJdbcTemplate jdbc;

    IssuedPlans(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<IssuedPlan> issuedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new IssuedPlan(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("final_plan_due", LocalDate.class),
                rs.getObject("final_plan_date", LocalDate.class),
                rs.getInt("on_time") == 1,
                rs.getInt("with_exception") == 1));
    }
}
