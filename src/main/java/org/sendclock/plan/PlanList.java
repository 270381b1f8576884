package org.sendclock.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.InvalidRequest;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.sendclock.casefile.CaseScope;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' list of plans, a page at a time: case reference, the child's national curriculum year (no name: the
 * list is for counting and finding), the setting now, the start date, whether it is maintained or ceased, and the
 * next review's due date and standing from the clock register. Paged by the database.
 */
@Repository
@Transactional(readOnly = true)
public class PlanList {

    private static final String FROM = """
            from ehc_plan p
            join assessment_case c on c.id = p.case_id
            left join plan_placement s on s.plan_id = p.id and s.leaving_date is null
            left join statutory_clock k on k.case_id = c.id and k.clock = 'ANNUAL_REVIEW'
                and not exists (select 1 from statutory_clock later where later.case_id = c.id
                                and later.clock = 'ANNUAL_REVIEW' and later.start_date > k.start_date)
            """;
    /** The status filter as SQL: no typed null parameter, which PostgreSQL cannot type. */
    private static final Map<String, String> WHERE = Map.of(PlanView.MAINTAINED, "and p.ceased_date is null\n",
            PlanView.CEASED, "and p.ceased_date is not null\n");
    private static final String PAGE = """
            select c.case_ref, c.child_date_of_birth, c.team, c.caseworker, p.start_date, p.ceased_date,
                   s.setting_urn, s.sen_setting, k.due_date,
                   (case when k.id is null then null else %s end) as review_standing
            """.formatted(ClockSql.standingOn("today")) + FROM + "%s" + """
            order by c.case_ref
            limit :size offset :offset
            """;
    private static final String COUNT = "select count(*) " + FROM + "%s";

    public record PlanRow(String caseRef, Integer nationalCurriculumYear, String setting, LocalDate startDate,
                          String status, LocalDate ceasedDate, LocalDate reviewDue, Standing reviewStanding,
                          String team, String caseworker) {
    }

    public record PlanPage(List<PlanRow> plans, int page, int size, long totalPlans, int totalPages) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public PlanList(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * @param status {@code MAINTAINED}, {@code CEASED} or null for both
     * @param scope the cases the asker may see (a manager their teams', ADR 16)
     */
    public PlanPage page(String status, int page, int size, CaseScope scope) {
        LocalDate today = LocalDate.now(clock);
        int safePage = Math.max(page, 0);
        int safeSize = Math.min(Math.max(size, 1), 200);
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (status != null && !WHERE.containsKey(status)) {
            throw new InvalidRequest(Map.of("status", "must be MAINTAINED or CEASED, not \"" + status + "\""));
        }
        String where = "where " + scope.sql("c.team", "c.caseworker", params) + "\n"
                + (status == null ? "" : WHERE.get(status));
        params.addValue("today", today);
        params.addValue("size", safeSize);
        params.addValue("offset", (long) safePage * safeSize);
        long total = jdbc.queryForObject(COUNT.formatted(where), params, Long.class);
        List<PlanRow> rows = jdbc.query(PAGE.formatted(where), params, (rs, i) -> {
            LocalDate born = rs.getObject("child_date_of_birth", LocalDate.class);
            String urn = rs.getString("setting_urn");
            String code = rs.getString("sen_setting");
            String standing = rs.getString("review_standing");
            LocalDate ceased = rs.getObject("ceased_date", LocalDate.class);
            return new PlanRow(rs.getString("case_ref"),
                    new Child(null, null, born, null, null).nationalCurriculumYearOn(today),
                    urn == null && code == null ? null : Placement.describe(urn, code == null ? null
                            : SenSetting.valueOf(code)),
                    rs.getObject("start_date", LocalDate.class), ceased == null ? PlanView.MAINTAINED : PlanView.CEASED,
                    ceased, rs.getObject("due_date", LocalDate.class),
                    standing == null ? null : Standing.valueOf(standing), rs.getString("team"),
                    rs.getString("caseworker"));
        });
        return new PlanPage(rows, safePage, safeSize, total, (int) ((total + safeSize - 1) / safeSize));
    }
}
