package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceType;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.kpi.CaseRecordSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The clocks at risk or overdue at the end of a day, read from the clock register: their standing is the register's
 * ({@link ClockSql#standingOn}), so the same query answers "today" and "a week ago", and the register, the case page
 * and My work cannot disagree. The comment period is the family's, not a council duty, and never appears.
 */
@Repository
class OpenClocks {

    private static final String SQL = """
            select c.case_ref, c.child_given_name, c.child_family_name, c.team, c.caseworker,
                   k.clock, a.advice_type, a.provider, k.due_date, k.exception_applies, %1$s as standing
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            left join advice_request a on a.id = k.advice_request_id
            where k.clock <> 'COMMENT_PERIOD' and %2$s and k.at_risk_from <= :on
              and %1$s in ('AT_RISK', 'OVERDUE')
            """.formatted(ClockSql.standingOn("on"), ClockSql.startedBy("on"));

    private static final String OPEN_REQUEST_DATES = """
            select c.request_date, c.team, c.caseworker from assessment_case c where %s
            """.formatted(CaseRecordSql.OPEN_ON);

    private final NamedParameterJdbcTemplate jdbc;

    OpenClocks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every clock overdue or at risk at the end of {@code on}, unsorted. */
    List<ClockRow> on(LocalDate on) {
        return jdbc.query(SQL, Map.of("on", on), (rs, i) -> {
            Deadline clock = Deadline.valueOf(rs.getString("clock"));
            String type = rs.getString("advice_type");
            AdviceType adviceType = type == null ? null : AdviceType.valueOf(type);
            String provider = rs.getString("provider");
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            boolean overdue = Standing.valueOf(rs.getString("standing")) == Standing.OVERDUE;
            long days = Math.abs(due.toEpochDay() - on.toEpochDay());
            return new ClockRow(
                    rs.getString("case_ref"),
                    rs.getString("child_given_name") + " " + rs.getString("child_family_name"),
                    rs.getString("team"),
                    rs.getString("caseworker"),
                    clock,
                    clockName(clock, adviceType, provider),
                    adviceType,
                    provider,
                    due,
                    overdue ? ClockRow.Status.OVERDUE : ClockRow.Status.AT_RISK,
                    overdue ? days : null,
                    overdue ? null : days,
                    clock != Deadline.ADVICE && rs.getBoolean("exception_applies"));
        });
    }

    /** An assessment open at the end of a day: when it was requested, and whose it is. */
    record OpenCase(LocalDate requestDate, String team, String caseworker) {
    }

    /** The assessments open at the end of {@code on}. */
    List<OpenCase> openCases(LocalDate on) {
        return jdbc.query(OPEN_REQUEST_DATES, Map.of("on", on), (rs, i) -> new OpenCase(
                rs.getObject("request_date", LocalDate.class), rs.getString("team"), rs.getString("caseworker")));
    }

    static String clockName(Deadline clock, AdviceType adviceType, String provider) {
        if (clock != Deadline.ADVICE) {
            return ClockNames.of(clock);
        }
        String type = adviceType == null ? "advice" : adviceType.label() + " advice";
        String name = Character.toUpperCase(type.charAt(0)) + type.substring(1);
        return provider == null || provider.isBlank() ? name : name + " (" + provider + ")";
    }
}
