package org.sendclock.sen2;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sendclock.deadline.Deadline;
import org.sendclock.kpi.CaseRecordSql;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The rows a year's return is built from, read by SQL straight from the case record (never by loading entities: a
 * county holds tens of thousands of plans): one statement for the cases (modules 1 to 4a and 5a), one each for the
 * plans' settings (4b, 5b), needs (5c) and review meetings (5a). Each reads only what the return covers:
 * <ul>
 *   <li>a request received by the end of the year whose work had not ended before it began (refused, no plan,
 *   withdrawn or closed, or the plan issued, before 1 January), so the year's requests, decisions and assessments
 *   and the work still open at its end; a finished case whose end is not dated stays in, for the validation to name;
 *   </li>
 *   <li>a plan active on any day of the year: started by its end and not ceased before it began.</li>
 * </ul>
 * All statements run unchanged on H2 2.x and PostgreSQL and are ordered, so the file is the same every time.
 */
@Repository
class ReturnRecords {

    static final String PLAN_ACTIVE = "(p.start_date <= :yearEnd and (p.ceased_date is null or p.ceased_date >= :yearStart))";

    /** Each end is guarded with "is not null": SQL's unknown would otherwise drop the undated case silently. */
    private static final String REQUEST_IN_YEAR = """
            (c.request_date is not null and c.request_date <= :yearEnd
             and not ((c.status = 'REFUSED' and coalesce(c.decision_notice_date, c.decision_date) is not null
                       and coalesce(c.decision_notice_date, c.decision_date) < :yearStart)
                   or (c.status = 'NO_PLAN' and coalesce(c.no_plan_notice_date, c.plan_decision_date) is not null
                       and coalesce(c.no_plan_notice_date, c.plan_decision_date) < :yearStart)
                   or (c.status in ('WITHDRAWN', 'CLOSED') and c.closed_date is not null
                       and c.closed_date < :yearStart)
                   or (c.final_plan_date is not null and c.final_plan_date < :yearStart)))""";

    static final String CASES = """
            select c.id, c.case_ref, c.child_given_name, c.child_family_name, c.child_date_of_birth, c.child_upn,
                   c.child_sex, c.child_ethnicity, c.child_postcode, c.child_uln, c.child_upn_unknown_reason,
                   c.request_date, c.request_source, c.status, c.decision, c.decision_date, c.decision_notice_date,
                   c.plan_decision, c.plan_decision_date, c.no_plan_notice_date, c.final_plan_date, c.closed_date,
                   c.closed_reason, c.youth_accommodation, c.request_mediation, c.request_tribunal,
                   c.assessment_mediation, c.assessment_tribunal, c.other_mediation, c.other_tribunal,
                   case when k.exception_applies then 1 else 0 end as with_exception,
                   p.id as plan_id, p.start_date, p.personal_budget, p.organised_arrangements, p.direct_payments,
                   p.residential, p.work_based_learning, p.transferred_in_date, p.ceased_date, p.cease_reason
            from assessment_case c
            left join ehc_plan p on p.case_id = c.id
            left join statutory_clock k on k.case_id = c.id and %s
            where %s or (p.id is not null and %s)
            order by c.id
            """.formatted(CaseRecordSql.isCaseClock(Deadline.FINAL_PLAN), REQUEST_IN_YEAR, PLAN_ACTIVE);

    static final String PLACEMENTS = """
            select pp.plan_id, pp.placement_order, pp.setting_urn, pp.sen_setting, pp.entry_date, pp.leaving_date,
                   pp.placement_rank, pp.sen_unit, pp.resourced_provision
            from plan_placement pp
            join ehc_plan p on p.id = pp.plan_id
            where %s
            order by pp.plan_id, pp.placement_order
            """.formatted(PLAN_ACTIVE);

    static final String NEEDS = """
            select n.plan_id, n.need_rank, n.need
            from plan_need n
            join ehc_plan p on p.id = n.plan_id
            where %s
            order by n.plan_id, n.need_rank
            """.formatted(PLAN_ACTIVE);

    static final String REVIEWS = """
            select r.plan_id, r.meeting_date, r.decision, r.decision_date
            from plan_review r
            join ehc_plan p on p.id = r.plan_id
            where %s and r.meeting_held = true and r.meeting_date >= :yearStart and r.meeting_date <= :yearEnd
            order by r.plan_id, r.meeting_date, r.cycle
            """.formatted(PLAN_ACTIVE);

    private final NamedParameterJdbcTemplate jdbc;

    ReturnRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Everything the return for calendar year {@code year} is built from. */
    Records of(int year) {
        Map<String, LocalDate> year_ = Map.of("yearStart", LocalDate.of(year, 1, 1),
                "yearEnd", LocalDate.of(year, 12, 31));
        List<CaseFacts> cases = new ArrayList<>();
        jdbc.query(CASES, year_, rs -> {
            cases.add(caseFacts(rs));
        });
        List<PlacementFacts> placements = new ArrayList<>();
        jdbc.query(PLACEMENTS, year_, rs -> {
            placements.add(new PlacementFacts(rs.getLong("plan_id"), rs.getInt("placement_order"),
                    rs.getString("setting_urn"), rs.getString("sen_setting"), date(rs, "entry_date"),
                    date(rs, "leaving_date"), rs.getObject("placement_rank", Integer.class), rs.getBoolean("sen_unit"),
                    rs.getBoolean("resourced_provision")));
        });
        List<NeedFacts> needs = new ArrayList<>();
        jdbc.query(NEEDS, year_, rs -> {
            needs.add(new NeedFacts(rs.getLong("plan_id"), rs.getInt("need_rank"), rs.getString("need")));
        });
        List<ReviewFacts> reviews = new ArrayList<>();
        jdbc.query(REVIEWS, year_, rs -> {
            reviews.add(new ReviewFacts(rs.getLong("plan_id"), date(rs, "meeting_date"), rs.getString("decision"),
                    date(rs, "decision_date")));
        });
        return new Records(cases, placements, needs, reviews);
    }

    /** The rows of one year, each list in the order its statement gives. */
    record Records(List<CaseFacts> cases, List<PlacementFacts> placements, List<NeedFacts> needs,
                   List<ReviewFacts> reviews) {
    }

    private static CaseFacts caseFacts(ResultSet rs) throws SQLException {
        Long planId = rs.getObject("plan_id", Long.class);
        return new CaseFacts(rs.getLong("id"), rs.getString("case_ref"),
                rs.getString("child_given_name"), rs.getString("child_family_name"), date(rs, "child_date_of_birth"),
                rs.getString("child_upn"), rs.getString("child_sex"), rs.getString("child_ethnicity"),
                rs.getString("child_postcode"), rs.getString("child_uln"), rs.getString("child_upn_unknown_reason"),
                date(rs, "request_date"), rs.getString("request_source"), rs.getString("status"),
                rs.getString("decision"), date(rs, "decision_date"), date(rs, "decision_notice_date"),
                rs.getString("plan_decision"), date(rs, "plan_decision_date"), date(rs, "no_plan_notice_date"),
                date(rs, "final_plan_date"), date(rs, "closed_date"), rs.getString("closed_reason"),
                flag(rs, "youth_accommodation"), flag(rs, "request_mediation"), flag(rs, "request_tribunal"),
                flag(rs, "assessment_mediation"), flag(rs, "assessment_tribunal"), flag(rs, "other_mediation"),
                flag(rs, "other_tribunal"), rs.getInt("with_exception") == 1,
                planId, date(rs, "start_date"), planId != null && rs.getBoolean("personal_budget"),
                planId != null && rs.getBoolean("organised_arrangements"),
                planId != null && rs.getBoolean("direct_payments"), planId != null && rs.getBoolean("residential"),
                planId != null && rs.getBoolean("work_based_learning"), date(rs, "transferred_in_date"),
                date(rs, "ceased_date"), rs.getObject("cease_reason", Integer.class));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Boolean flag(ResultSet rs, String column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
