package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The advice measure's population: every advice request received in the months asked for, one per request (a case
 * with two educational psychology requests counts twice), read from the clock register's six-week clock of each
 * request (its fact is the advice received). On time when the register says the clock was met on time
 * ({@link ClockSql#MET_ON_TIME}: received on or before requested date + 42 days by default); with an exception when
 * the register says a reg 8(2) excusal applies to it. The assessment's advice only: advice asked for a review meeting
 * (its clock keyed by the review, ADR 29) or for a re-assessment (keyed by the re-assessment, ADR 27) is not part of
 * the assessment's measure.
 */
@Repository
class AdviceReturns {

    private static final String SQL = """
            select c.case_ref, a.advice_type, k.start_date, k.due_date, k.done_date,
                   case when %s then 1 else 0 end as on_time,
                   case when k.exception_applies then 1 else 0 end as with_exception
            from statutory_clock k
            join advice_request a on a.id = k.advice_request_id
            join assessment_case c on c.id = k.case_id
            where k.clock = 'ADVICE' and k.review_id is null and k.reassessment_id is null
              and k.done_date >= :first and k.done_date <= :last
            order by k.done_date, c.case_ref, a.id
            """.formatted(ClockSql.MET_ON_TIME);

    private final NamedParameterJdbcTemplate jdbc;

    AdviceReturns(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<AdviceReturned> receivedIn(MonthRange range) {
        return jdbc.query(SQL, Map.of("first", range.firstDay(), "last", range.lastDay()), (rs, i) -> new AdviceReturned(
                rs.getString("case_ref"),
                rs.getString("advice_type"),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getObject("done_date", LocalDate.class),
                rs.getInt("on_time") == 1,
                rs.getInt("with_exception") == 1));
    }
}
