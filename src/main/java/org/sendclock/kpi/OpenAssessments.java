package org.sendclock.kpi;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The backlog on a day: assessments open at the end of that day ({@link CaseRecordSql#OPEN_ON}), and which clocks had
 * passed. A clock has passed when its due date is before the day (ADR 2: missed once the due date has ended) and its
 * step was not done by the end of the day. Works for any past day, not only today, because it reads dates, not the
 * current status alone.
 */
@Repository
class OpenAssessments {

    private static final String CASES = """
            select c.case_ref, c.request_date, c.decision_due, c.no_plan_notice_due, c.final_plan_due,
                   case when (c.decision_date is null or c.decision_date > :on) and c.decision_due < :on
                        then 1 else 0 end as decision_overdue,
                   case when c.decision = 'ASSESS' and c.decision_date <= :on
                         and (c.plan_decision_date is null or c.plan_decision_date > :on)
                         and c.no_plan_notice_due < :on
                        then 1 else 0 end as no_plan_notice_overdue,
                   case when c.final_plan_due < :on then 1 else 0 end as final_plan_overdue
            from assessment_case c
            where %s
            order by c.request_date, c.case_ref
            """.formatted(CaseRecordSql.OPEN_ON);

    /**
     * Advice outstanding at the end of the day: still requested, or received or withdrawn only later. Advice with a
     * reg 8(2) exception is never counted: the giver was excused, and the day of the excuse is not recorded.
     */
    private static final String ADVICE = """
            select c.case_ref, a.advice_type, a.requested_date, a.due_date
            from advice_request a
            join assessment_case c on c.id = a.case_id
            where a.requested_date <= :on and a.due_date < :on
              and a.exception_reason is null
              and (a.status = 'REQUESTED' or a.received_date > :on or a.withdrawn_date > :on)
              and %s
            order by a.due_date, c.case_ref, a.id
            """.formatted(CaseRecordSql.OPEN_ON);

    private final NamedParameterJdbcTemplate jdbc;

    OpenAssessments(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<OpenAssessment> openOn(LocalDate on) {
        return jdbc.query(CASES, Map.of("on", on), (rs, i) -> new OpenAssessment(
                rs.getString("case_ref"),
                rs.getObject("request_date", LocalDate.class),
                rs.getObject("decision_due", LocalDate.class),
                rs.getObject("no_plan_notice_due", LocalDate.class),
                rs.getObject("final_plan_due", LocalDate.class),
                rs.getInt("decision_overdue") == 1,
                rs.getInt("no_plan_notice_overdue") == 1,
                rs.getInt("final_plan_overdue") == 1));
    }

    List<OverdueAdvice> adviceOverdueOn(LocalDate on) {
        return jdbc.query(ADVICE, Map.of("on", on), (rs, i) -> new OverdueAdvice(
                rs.getString("case_ref"),
                rs.getString("advice_type"),
                rs.getObject("requested_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class)));
    }
}
