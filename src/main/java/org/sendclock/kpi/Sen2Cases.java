package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The requests a calendar year's SEN2 return covers: every request received by the end of the year except those that
 * had ended before it began without a plan (refused, no plan, withdrawn or closed). So it holds the year's new
 * requests, the work still going on during the year, and every plan issued by its end (a plan maintained; SEND Clock
 * does not yet record plans ceasing). Whether a reg 10(4) exception applies (SEN2's Week20) is the clock
 * register's answer for the case's week 20 clock, as in the 20-week measure. A finished case whose end is not dated stays in, so that the validation
 * report can name it (the "is not null" guards: without them SQL's unknown would silently drop it).
 */
@Repository
class Sen2Cases {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.request_source, c.status, c.decision, c.decision_date,
                   c.decision_notice_date, c.plan_decision, c.plan_decision_date, c.final_plan_date, c.closed_date,
                   c.closed_reason,
                   case when k.exception_applies then 1 else 0 end as with_exception,
                   case when c.child_date_of_birth is null then 0 else 1 end as date_of_birth_recorded
            from assessment_case c
            left join statutory_clock k on k.case_id = c.id and %s
            where c.request_date <= :yearEnd
              and not ((c.status = 'REFUSED' and c.decision_date is not null and c.decision_date < :yearStart)
                    or (c.status = 'NO_PLAN' and c.plan_decision_date is not null and c.plan_decision_date < :yearStart)
                    or (c.status in ('WITHDRAWN', 'CLOSED') and c.closed_date is not null
                        and c.closed_date < :yearStart))
            order by c.request_date, c.case_ref
            """.formatted(CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN));

    private final NamedParameterJdbcTemplate jdbc;

    Sen2Cases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Sen2Facts> inReturnFor(int year) {
        return jdbc.query(SQL, Map.of("yearStart", LocalDate.of(year, 1, 1), "yearEnd", LocalDate.of(year, 12, 31)),
                (rs, i) -> new Sen2Facts(
                        rs.getString("case_ref"),
                        rs.getObject("request_date", LocalDate.class),
                        rs.getString("request_source"),
                        rs.getString("status"),
                        rs.getString("decision"),
                        rs.getObject("decision_date", LocalDate.class),
                        rs.getObject("decision_notice_date", LocalDate.class),
                        rs.getString("plan_decision"),
                        rs.getObject("plan_decision_date", LocalDate.class),
                        rs.getObject("final_plan_date", LocalDate.class),
                        rs.getObject("closed_date", LocalDate.class),
                        rs.getString("closed_reason"),
                        rs.getInt("with_exception") == 1,
                        rs.getInt("date_of_birth_recorded") == 1));
    }
}
