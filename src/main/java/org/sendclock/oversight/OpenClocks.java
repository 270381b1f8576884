package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.advice.AdviceType;
import org.sendclock.clock.ClockSettings;
import org.sendclock.deadline.Deadline;
import org.sendclock.kpi.CaseRecordSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The clocks still running at the end of a day whose due date is past or inside its warning window, read from the
 * case record's stored due dates and actual dates (never from Camunda's history), so the same query answers "today"
 * and "a week ago". A clock runs on a day when its case was open then ({@link CaseRecordSql#OPEN_ON}) and its step
 * had not been done by then:
 * <ul>
 *   <li>week 6 decision: no decision dated on or before the day;</li>
 *   <li>week 16 no-plan notice: decided to assess by the day, no plan decision by then;</li>
 *   <li>week 20 final plan: the case still open (an issued plan ends the case);</li>
 *   <li>advice: requested by the day and not received, withdrawn or excused by then (an excused request is left
 *   out: the day of the excuse is not recorded, as in the KPI backlog).</li>
 * </ul>
 */
@Repository
class OpenClocks {

    private static final String CASE_COLUMNS = """
            c.case_ref, c.child_given_name, c.child_family_name, c.team, c.caseworker,
            %s as exception_recorded""".formatted(CaseRecordSql.WITH_EXCEPTION);

    private static final String SQL = """
            select %1$s, 'DECISION' as clock, cast(null as varchar(30)) as advice_type,
                   cast(null as varchar(200)) as provider, c.decision_due as due_date
            from assessment_case c
            where %2$s and (c.decision_date is null or c.decision_date > :on) and c.decision_due <= :decisionHorizon
            union all
            select %1$s, 'NO_PLAN_NOTICE', cast(null as varchar(30)), cast(null as varchar(200)), c.no_plan_notice_due
            from assessment_case c
            where %2$s and c.decision = 'ASSESS' and c.decision_date <= :on
              and (c.plan_decision_date is null or c.plan_decision_date > :on)
              and c.no_plan_notice_due <= :noPlanNoticeHorizon
            union all
            select %1$s, 'FINAL_PLAN', cast(null as varchar(30)), cast(null as varchar(200)), c.final_plan_due
            from assessment_case c
            where %2$s and c.final_plan_due <= :finalPlanHorizon
            union all
            select %1$s, 'ADVICE', a.advice_type, a.provider, a.due_date
            from advice_request a
            join assessment_case c on c.id = a.case_id
            where %2$s and a.requested_date <= :on and a.exception_reason is null
              and (a.status = 'REQUESTED' or a.received_date > :on or a.withdrawn_date > :on)
              and a.due_date <= :adviceHorizon
            """.formatted(CASE_COLUMNS, CaseRecordSql.OPEN_ON);

    private static final String OPEN_REQUEST_DATES = """
            select c.request_date, c.team, c.caseworker from assessment_case c where %s
            """.formatted(CaseRecordSql.OPEN_ON);

    private final NamedParameterJdbcTemplate jdbc;
    private final ClockSettings settings;

    OpenClocks(NamedParameterJdbcTemplate jdbc, ClockSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Every clock overdue or at risk at the end of {@code on}, unsorted. */
    List<ClockRow> on(LocalDate on) {
        Map<String, Object> params = new HashMap<>();
        params.put("on", on);
        params.put("decisionHorizon", on.plusDays(settings.atRiskDays(Deadline.DECISION)));
        params.put("noPlanNoticeHorizon", on.plusDays(settings.atRiskDays(Deadline.NO_PLAN_NOTICE)));
        params.put("finalPlanHorizon", on.plusDays(settings.atRiskDays(Deadline.FINAL_PLAN)));
        params.put("adviceHorizon", on.plusDays(settings.atRiskDays(Deadline.ADVICE)));
        return jdbc.query(SQL, params, (rs, i) -> {
            Deadline clock = Deadline.valueOf(rs.getString("clock"));
            String type = rs.getString("advice_type");
            AdviceType adviceType = type == null ? null : AdviceType.valueOf(type);
            String provider = rs.getString("provider");
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            boolean overdue = due.isBefore(on);
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
                    clock != Deadline.ADVICE && rs.getInt("exception_recorded") == 1);
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
