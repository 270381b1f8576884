package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The 6-week measure's population: every decision whether to assess (assess or refuse) dated in the months asked for.
 * On time when made on or before the decision due date stored on the case (request date + 42 days by default).
 */
@Repository
class DecisionsMade {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.decision_due, c.decision_date, c.decision,
                   case when c.decision_date <= c.decision_due then 1 else 0 end as on_time
            from assessment_case c
            where c.decision_date >= :first and c.decision_date <= :last
            order by c.decision_date, c.case_ref
            """;

    private final NamedParameterJdbcTemplate jdbc;

    DecisionsMade(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<DecisionMade> madeIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new DecisionMade(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("decision_due", LocalDate.class),
                rs.getObject("decision_date", LocalDate.class),
                rs.getString("decision"),
                rs.getInt("on_time") == 1));
    }
}
