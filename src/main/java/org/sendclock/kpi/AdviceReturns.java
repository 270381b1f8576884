package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The advice measure's population: every advice request received in the months asked for, one per request (a case
 * with two educational psychology requests counts twice). On time when received on or before the request's stored
 * due date (requested date + 42 days by default).
 */
@Repository
class AdviceReturns {

    private static final String SQL = """
            select c.case_ref, a.advice_type, a.requested_date, a.due_date, a.received_date,
                   case when a.received_date <= a.due_date then 1 else 0 end as on_time,
                   case when a.exception_reason is not null then 1 else 0 end as with_exception
            from advice_request a
            join assessment_case c on c.id = a.case_id
            where a.received_date >= :first and a.received_date <= :last
            order by a.received_date, c.case_ref, a.id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    AdviceReturns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AdviceReturned> receivedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new AdviceReturned(
                rs.getString("case_ref"),
                rs.getString("advice_type"),
                rs.getObject("requested_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("received_date", LocalDate.class),
                rs.getInt("on_time") == 1,
                rs.getInt("with_exception") == 1));
    }
}
