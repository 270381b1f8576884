package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** Cases open today (not finished on or before it) whose final plan is due by a date, earliest due first. */
@Repository
class OpenCases {

    private static final String SQL = """
            select c.case_ref, c.request_date, c.final_plan_due, %s as with_exception
            from assessment_case c
            where %s and c.final_plan_due <= :dueBy
            order by c.final_plan_due, c.case_ref
            """.formatted(CaseRecordSql.WITH_EXCEPTION, CaseRecordSql.OPEN_ON);

    private final NamedParameterJdbcTemplate jdbc;

    OpenCases(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenCase> openOnDueBy(LocalDate on, LocalDate dueBy) {
        return jdbc.query(SQL, Map.of("on", on, "dueBy", dueBy), (rs, i) -> new OpenCase(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("final_plan_due", LocalDate.class),
                rs.getInt("with_exception") == 1));
    }
}
