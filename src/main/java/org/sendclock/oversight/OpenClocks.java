package org.sendclock.oversight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sendclock.advice.AdviceType;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.sendclock.kpi.CaseRecordSql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The clocks at risk or overdue at the end of a day, read from the clock register: their standing is the register's
 * ({@link ClockSql#standingOn}), so the same query answers "today" and "a week ago", and the register, the case page
 * and My work cannot disagree. Which clocks it lists: {@link #listedOn}.
 * Filtering, sorting, paging and counting are done by the database: at a county's scale the register holds thousands
 * of rows, and a page shows fifty.
 */
@Repository
class OpenClocks {

    private static final String CLOCK = """
              select c.case_ref, c.child_given_name, c.child_family_name, c.team, c.caseworker,
                     k.id as clock_id, k.clock, a.advice_type, a.provider, k.due_date, k.exception_applies,
                     %1$s as standing
              from statutory_clock k
              join assessment_case c on c.id = k.case_id
              left join advice_request a on a.id = k.advice_request_id
              where %2$s and %3$s
            """.formatted(ClockSql.standingOn("on"), ClockSql.startedBy("on"), listedOn("on"));

    /**
     * Every clock at risk or overdue on {@code :on}, with its case and advice request, its standing as a column. Read
     * in three parts that only narrow the rows the database looks at (as the KPI backlog does): a clock can only be at
     * risk or overdue on the day when its fact is not dated on or before it (none yet, or a later one) and it had not
     * stopped applying by then. The parts do not overlap, and the register's standing alone decides. At a county's
     * scale nearly every clock was met or stopped long ago; through V9's index on (done_date, ended_date, due_date)
     * the parts read the clocks still open and those met after the day (none for today), not the whole history.
     */
    private static final String NEEDING_ATTENTION = """
            select * from (
            %1$s  and k.done_date is null and k.ended_date is null
            union all
            %1$s  and k.done_date is null and k.ended_date > :on
            union all
            %1$s  and k.done_date > :on
            ) r where r.standing in ('AT_RISK', 'OVERDUE')
            """.formatted(CLOCK);

    /**
     * Each clock that could be at risk or overdue on {@code :on} or on the earlier {@code :before}, with its standing
     * on each day (null before it started or reached its warning day): the same three narrowing parts, taken at the
     * earlier day, which hold every clock the later one could need.
     */
    private static final String ON_TWO_DAYS = """
            select * from (
            %1$s  and k.done_date is null and k.ended_date is null
            union all
            %1$s  and k.done_date is null and k.ended_date > :before
            union all
            %1$s  and k.done_date > :before
            ) r where (r.standing in ('AT_RISK', 'OVERDUE') or r.standing_before in ('AT_RISK', 'OVERDUE'))
            """.formatted("""
              select c.team, c.caseworker, k.clock, a.advice_type, a.provider,
                     (case when %1$s and k.at_risk_from <= :on then %2$s end) as standing,
                     (case when %3$s and %5$s then %4$s end) as standing_before
              from statutory_clock k
              join assessment_case c on c.id = k.case_id
              left join advice_request a on a.id = k.advice_request_id
              where %6$s
            """.formatted(ClockSql.startedBy("on"), ClockSql.standingOn("on"), ClockSql.startedBy("before"),
            ClockSql.standingOn("before"), listedOn("before"), listedOn("on")));

    /** Open cases by request date, on a day and a week before it, in one pass over the cases. */
    private static final String OPEN_REQUEST_DATES = """
            select c.request_date,
                   sum(case when %1$s then 1 else 0 end) as cases,
                   sum(case when %2$s then 1 else 0 end) as cases_before
            from assessment_case c where (%1$s or %2$s)
            """.formatted(CaseRecordSql.OPEN_ON, CaseRecordSql.OPEN_ON.replace(":on", ":before"));

    private final NamedParameterJdbcTemplate jdbc;

    /**
     * The clocks the register lists at the end of {@code :<day>}, once inside their warning window: every duty the law
     * puts on the council, the assessment's and the plan's alike (a review's steps and advice, an amended plan, a
     * phase transfer), each with its case. The family's periods (comments on a draft, representations on amendments)
     * are not duties and never appear. A plan's review appears once it is overdue: in the eight weeks before, it is
     * planned work, listed by the reviews register ({@link ReviewsRegister}), and a county's thousands of reviews
     * coming due would bury the breaches here.
     */
    static String listedOn(String day) {
        String notDuties = Arrays.stream(Deadline.values()).filter(d -> !d.isCouncilDuty())
                .map(d -> "'" + d.name() + "'").collect(Collectors.joining(", "));
        return "(k.clock not in (" + notDuties + ") and k.at_risk_from <= :" + day
                + " and (k.clock <> 'ANNUAL_REVIEW' or k.due_date < :" + day + "))";
    }

    OpenClocks(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every clock overdue or at risk at the end of {@code on} that the filter accepts, but those of the kinds left
     * out, in the order asked.
     */
    List<ClockRow> on(LocalDate on, RegisterFilter filter, RegisterSort sort, Collection<Deadline> leavingOut) {
        MapSqlParameterSource params = params(on, filter);
        String without = "";
        if (!leavingOut.isEmpty()) {
            without = " and r.clock not in (:leavingOut)";
            params.addValue("leavingOut", leavingOut.stream().map(Deadline::name).toList());
        }
        return jdbc.query(NEEDING_ATTENTION + where(filter, params) + without + " order by " + sort.orderBy(), params,
                row(on));
    }

    /** One page of {@link #on}: {@code size} rows from the {@code offset}th. */
    List<ClockRow> page(LocalDate on, RegisterFilter filter, RegisterSort sort, long offset, int size) {
        MapSqlParameterSource params = params(on, filter).addValue("offset", offset).addValue("size", size);
        return jdbc.query(NEEDING_ATTENTION + where(filter, params) + " order by " + sort.orderBy()
                + " limit :size offset :offset", params, row(on));
    }

    /** How many clocks each team, caseworker and advice type has overdue and at risk: counted, not loaded. */
    record Tally(String team, String caseworker, AdviceType adviceType, boolean overdue, long clocks) {
    }

    List<Tally> tallies(LocalDate on, RegisterFilter filter) {
        MapSqlParameterSource params = params(on, filter);
        String sql = "select r.team, r.caseworker, r.advice_type, r.standing, count(*) as clocks from ("
                + NEEDING_ATTENTION + where(filter, params)
                + ") r group by r.team, r.caseworker, r.advice_type, r.standing";
        return jdbc.query(sql, params, (rs, i) -> {
            String type = rs.getString("advice_type");
            return new Tally(rs.getString("team"), rs.getString("caseworker"),
                    type == null ? null : AdviceType.valueOf(type),
                    Standing.valueOf(rs.getString("standing")) == Standing.OVERDUE, rs.getLong("clocks"));
        });
    }

    /** How many assessments open at the end of a day, and at the end of an earlier one, were requested on a date. */
    record OpenCases(LocalDate requestDate, long cases, long casesBefore) {
    }

    /** The tallies of two days, {@code on} and the earlier {@code before}, counted in one pass. */
    record TwoDays(List<Tally> on, List<Tally> before) {
    }

    TwoDays tallies(LocalDate on, LocalDate before, RegisterFilter filter) {
        MapSqlParameterSource params = params(on, filter).addValue("before", before);
        String sql = "select r.team, r.caseworker, r.advice_type, r.standing, r.standing_before, count(*) as clocks"
                + " from (" + ON_TWO_DAYS + where(filter, params) + ") r"
                + " group by r.team, r.caseworker, r.advice_type, r.standing, r.standing_before";
        List<Tally> onDay = new ArrayList<>();
        List<Tally> dayBefore = new ArrayList<>();
        jdbc.query(sql, params, rs -> {
            String type = rs.getString("advice_type");
            AdviceType adviceType = type == null ? null : AdviceType.valueOf(type);
            String team = rs.getString("team");
            String caseworker = rs.getString("caseworker");
            long clocks = rs.getLong("clocks");
            tally(rs.getString("standing"), team, caseworker, adviceType, clocks, onDay);
            tally(rs.getString("standing_before"), team, caseworker, adviceType, clocks, dayBefore);
        });
        return new TwoDays(onDay, dayBefore);
    }

    private static void tally(String standing, String team, String caseworker, AdviceType adviceType, long clocks,
                              List<Tally> into) {
        if ("OVERDUE".equals(standing) || "AT_RISK".equals(standing)) {
            into.add(new Tally(team, caseworker, adviceType, "OVERDUE".equals(standing), clocks));
        }
    }

    /** The assessments of the filter's team and caseworker open at the end of {@code on} and of {@code before}. */
    List<OpenCases> openCases(LocalDate on, LocalDate before, RegisterFilter filter) {
        List<String> conditions = new ArrayList<>();
        MapSqlParameterSource params = new MapSqlParameterSource("on", on).addValue("before", before);
        if (filter.team() != null) {
            conditions.add("lower(c.team) = lower(:team)");
            params.addValue("team", filter.team());
        }
        if (filter.caseworker() != null) {
            conditions.add("lower(c.caseworker) = lower(:caseworker)");
            params.addValue("caseworker", filter.caseworker());
        }
        if (!filter.scope().everyCase()) {
            conditions.add(filter.scope().sql("c.team", "c.caseworker", params));
        }
        String sql = OPEN_REQUEST_DATES + conditions.stream().map(c -> " and " + c).reduce("", String::concat)
                + " group by c.request_date";
        return jdbc.query(sql, params, (rs, i) -> new OpenCases(rs.getObject("request_date", LocalDate.class),
                rs.getLong("cases"), rs.getLong("cases_before")));
    }

    private static String where(RegisterFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (!filter.scope().everyCase()) {
            where.append(" and ").append(filter.scope().sql("r.team", "r.caseworker", params));
        }
        if (filter.team() != null) {
            where.append(" and lower(r.team) = lower(:team)");
        }
        if (filter.caseworker() != null) {
            where.append(" and lower(r.caseworker) = lower(:caseworker)");
        }
        if (filter.clock() != null) {
            where.append(" and r.clock = :clock");
        }
        if (filter.adviceType() != null) {
            where.append(" and r.advice_type = :adviceType");
        }
        if (filter.provider() != null) {
            where.append(" and lower(r.provider) like :provider escape '!'");
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(LocalDate on, RegisterFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource(Map.of("on", on));
        params.addValue("team", filter.team()).addValue("caseworker", filter.caseworker())
                .addValue("clock", filter.clock() == null ? null : filter.clock().name())
                .addValue("adviceType", filter.adviceType() == null ? null : filter.adviceType().name())
                .addValue("provider", filter.provider() == null ? null
                        : "%" + filter.provider().toLowerCase().replace("!", "!!").replace("%", "!%")
                        .replace("_", "!_") + "%");
        return params;
    }

    private static RowMapper<ClockRow> row(LocalDate on) {
        return (rs, i) -> {
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
        };
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
