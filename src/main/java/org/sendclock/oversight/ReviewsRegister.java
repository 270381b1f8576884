package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sendclock.casefile.Child;
import org.sendclock.casefile.Paging;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' reviews register: each maintained plan's review (the open cycle's {@code ANNUAL_REVIEW} clock) due in
 * the next {@value #WEEKS_AHEAD} weeks or overdue, and the steps of a cycle ({@link #STEPS}) at risk or overdue, read
 * from the clock register with its standing ({@link ClockSql#standingOn}), so the register, the case page and the
 * breach register cannot disagree. A ceased plan's clocks are no longer needed and never appear. Filtering, sorting,
 * paging and counting are done by the database, as for the breach register: a county holds twelve thousand plans.
 */
@Repository
@Transactional(readOnly = true)
public class ReviewsRegister {

    /** How far ahead "due" looks: the eight weeks in which a review meeting is arranged and its notices go out. */
    public static final int WEEKS_AHEAD = 8;

    /** The steps of a review cycle a manager answers for; the family's 15 days for representations are not one. */
    static final List<Deadline> STEPS = List.of(Deadline.REVIEW_INVITATIONS, Deadline.REVIEW_ADVICE,
            Deadline.REVIEW_REPORT, Deadline.REVIEW_DECISION, Deadline.AMENDED_PLAN);

    private static final String KINDS = "'" + Deadline.ANNUAL_REVIEW.name() + "', "
            + STEPS.stream().map(d -> "'" + d.name() + "'").collect(Collectors.joining(", "));

    /** The steps alone: the only clocks listed while due after the eight weeks (inside a long warning window). */
    private static final String STEP_KINDS = STEPS.stream().map(d -> "'" + d.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * A plan's review and step clocks from the register alone, their standing at the end of {@code :on} as a column,
     * and, {@code %1$s}, their case's reference, team and caseworker when the filter or the order needs them. The
     * plan, cycle and setting are joined after the page is cut ({@link #page}), to its fifty rows only.
     */
    private static final String CLOCK = """
              select k.id as clock_id, k.case_id, k.review_id, k.clock, k.due_date,
                     %1$s as standing%%1$s
              from statutory_clock k%%2$s
              where %2$s and
            """.formatted(ClockSql.standingOn("on"), ClockSql.startedBy("on"));

    private static final String CASE_COLUMNS = ", c.case_ref, c.team, c.caseworker";
    private static final String CASE_JOIN = "\n              join assessment_case c on c.id = k.case_id";
    /**
     * The setting the plan names now (its placement without a leaving date), joined only when one is chosen: then
     * the school's few placements are the rows the database starts from, not the clocks or the team's cases.
     */
    private static final String SETTING_COLUMNS = ", s.setting_urn as chosen_urn, s.sen_setting as chosen_setting";
    private static final String SETTING_JOIN = """

              join ehc_plan sp on sp.case_id = k.case_id
              join plan_placement s on s.plan_id = sp.id and s.leaving_date is null""";

    /**
     * The register's rows on {@code :on}, each clock read once: in parts that only narrow the clocks read (not met by
     * the day, not stopped by it), as {@code OpenClocks} does. The open clocks (by far the most) are read in two: those
     * due by {@code :dueBy} through V9's index on (done_date, ended_date, due_date), which holds every overdue and due
     * soon review and nothing due later; and the steps due after it but already inside their warning window, through
     * V6's index on (clock, due_date). A county's reviews due later in the year are never read. A review is listed
     * when overdue or due by {@code :dueBy}; a step when overdue or inside its warning window.
     */
    private static String rows(boolean withCase) {
        return rows(withCase, false);
    }

    private static String rows(boolean withCase, boolean withSetting) {
        String clock = CLOCK.formatted((withCase ? CASE_COLUMNS : "") + (withSetting ? SETTING_COLUMNS : ""),
                (withCase ? CASE_JOIN : "") + (withSetting ? SETTING_JOIN : ""));
        return """
                select * from (
                %1$s k.clock in (%2$s) and k.done_date is null and k.ended_date is null and k.due_date <= :dueBy
                union all
                %1$s k.clock in (%3$s) and k.done_date is null and k.ended_date is null and k.due_date > :dueBy
                       and k.at_risk_from <= :on
                union all
                %1$s k.clock in (%2$s) and k.done_date is null and k.ended_date > :on
                       and (k.due_date <= :dueBy or k.at_risk_from <= :on)
                union all
                %1$s k.clock in (%2$s) and k.done_date > :on and (k.due_date <= :dueBy or k.at_risk_from <= :on)
                ) r where (r.standing = 'OVERDUE'
                           or (r.clock = 'ANNUAL_REVIEW' and r.standing in ('RUNNING', 'AT_RISK') and r.due_date <= :dueBy)
                           or (r.clock <> 'ANNUAL_REVIEW' and r.standing = 'AT_RISK'))
                """.formatted(clock, KINDS, STEP_KINDS);
    }

    /**
     * A register row as listed: the clock's row ({@code r}, cut to a page or not) with the child's name and date of
     * birth, the cycle and the setting the plan names now (its placement without a leaving date). One plan to a case
     * (V15).
     */
    private static final String LISTED = """
            select r.clock_id, r.clock, r.due_date, r.standing, r.case_ref, r.team, r.caseworker,
                   c.child_given_name, c.child_family_name, c.child_date_of_birth,
                   v.cycle, s.setting_urn, s.sen_setting
            from (%s) r
            join assessment_case c on c.id = r.case_id
            join ehc_plan p on p.case_id = r.case_id
            left join plan_review v on v.id = r.review_id
            left join plan_placement s on s.plan_id = p.id and s.leaving_date is null
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    public ReviewsRegister(NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the list the filter asks for, in the order asked, with the counts of both lists. */
    public ReviewsPage page(ReviewFilter filter, RegisterSort sort, Paging paging) {
        LocalDate on = today();
        Query countsQuery = countsQuery(on, filter);
        Counts counts = jdbc.queryForObject(countsQuery.sql(), countsQuery.params(),
                (rs, i) -> new Counts(rs.getLong("due_soon"), rs.getLong("overdue")));
        long total = filter.status() == null ? counts.dueSoon() + counts.overdue()
                : filter.status() == ReviewFilter.Status.OVERDUE ? counts.overdue() : counts.dueSoon();
        List<ReviewRow> rows = List.of();
        if (total > 0) {
            Query pageQuery = pageQuery(on, filter, sort, paging);
            rows = jdbc.query(pageQuery.sql(), pageQuery.params(), row(on));
        }
        return new ReviewsPage(on, dueBy(on), counts.dueSoon(), counts.overdue(), total, paging.page(),
                paging.size(), paging.pagesFor(total), sort, rows);
    }

    /** Every row of the list the filter asks for, in the order asked, handed on one by one as read (the CSV). */
    public void each(ReviewFilter filter, RegisterSort sort, Consumer<ReviewRow> to) {
        LocalDate on = today();
        MapSqlParameterSource params = params(on, filter);
        RowMapper<ReviewRow> mapper = row(on);
        int[] number = {0};
        jdbc.query(LISTED.formatted(rows(true, filter.setting() != null) + where(filter, params, true)) + " order by "
                + sort.orderBy(),
                params, rs -> {
                    to.accept(mapper.mapRow(rs, number[0]++));
                });
    }

    /** How many of the rows the filter's setting, team and caseworker accept are due soon and overdue. */
    public record Counts(long dueSoon, long overdue) {
    }

    public Counts counts(ReviewFilter filter) {
        Query query = countsQuery(today(), filter);
        return jdbc.queryForObject(query.sql(), query.params(),
                (rs, i) -> new Counts(rs.getLong("due_soon"), rs.getLong("overdue")));
    }

    /** A statement the register runs with its parameters: what the benchmark asks the database to explain. */
    record Query(String sql, MapSqlParameterSource params) {
    }

    /**
     * Both lists counted by the database from the clocks alone: the case is joined only when the filter or the
     * reader's scope names a team or caseworker, and the plan's setting only when one is chosen.
     */
    Query countsQuery(LocalDate on, ReviewFilter filter) {
        MapSqlParameterSource params = params(on, filter);
        boolean byCase = !filter.scope().everyCase() || filter.team() != null || filter.caseworker() != null;
        return new Query("select sum(case when r.standing = 'OVERDUE' then 0 else 1 end) as due_soon,"
                + " sum(case when r.standing = 'OVERDUE' then 1 else 0 end) as overdue from ("
                + rows(byCase, filter.setting() != null) + where(filter, params, false) + ") r", params);
    }

    /**
     * One page: the clocks (with their case's reference, team and caseworker, which every order ends on) filtered,
     * ordered and cut by the database, and only then the page's rows joined to their child, plan, cycle and setting.
     */
    Query pageQuery(LocalDate on, ReviewFilter filter, RegisterSort sort, Paging paging) {
        MapSqlParameterSource params = params(on, filter).addValue("offset", paging.offset())
                .addValue("size", paging.size());
        String page = rows(true, filter.setting() != null) + where(filter, params, true) + " order by "
                + sort.orderBy() + " limit :size offset :offset";
        return new Query(LISTED.formatted(page) + " order by " + sort.orderBy(), params);
    }

    /** Each team's counts, and its longest overdue rows (at most {@code longest}), for the weekly digest. */
    public record TeamReviews(String team, long dueSoon, long overdue, List<ReviewRow> longestOverdue) {
    }

    public List<TeamReviews> byTeam(int longest) {
        LocalDate on = today();
        List<TeamReviews> teams = new ArrayList<>();
        Query counts = teamCountsQuery(on);
        jdbc.query(counts.sql(), counts.params(), rs -> {
            teams.add(new TeamReviews(rs.getString("team"), rs.getLong("due_soon"), rs.getLong("overdue"),
                    new ArrayList<>()));
        });
        RowMapper<ReviewRow> mapper = row(on);
        Query longestOverdue = longestOverdueQuery(on, longest);
        jdbc.query(longestOverdue.sql(), longestOverdue.params(), rs -> {
            ReviewRow row = mapper.mapRow(rs, 0);
            teams.stream().filter(t -> java.util.Objects.equals(t.team(), row.team())).findFirst()
                    .ifPresent(t -> t.longestOverdue().add(row));
        });
        return teams;
    }

    /** Both lists counted for each team. */
    Query teamCountsQuery(LocalDate on) {
        return new Query("select r.team, sum(case when r.standing = 'OVERDUE' then 0 else 1 end) as due_soon,"
                + " sum(case when r.standing = 'OVERDUE' then 1 else 0 end) as overdue from (" + rows(true) + ") r"
                + " group by r.team", params(on, ReviewFilter.ALL));
    }

    /**
     * The longest overdue of each team, numbered by the database so no team's whole list is read, and only those
     * rows joined to their child, plan and setting.
     */
    Query longestOverdueQuery(LocalDate on, int longest) {
        return new Query(LISTED.formatted("select * from (select r.*, row_number() over (partition by r.team"
                + " order by " + RegisterSort.WORST_FIRST.orderBy() + ") as n from (" + rows(true) + ") r"
                + " where r.standing = 'OVERDUE') r where r.n <= :longest")
                + " order by " + RegisterSort.WORST_FIRST.orderBy(),
                params(on, ReviewFilter.ALL).addValue("longest", longest));
    }

    static LocalDate dueBy(LocalDate on) {
        return on.plusWeeks(WEEKS_AHEAD);
    }

    private static String where(ReviewFilter filter, MapSqlParameterSource params, boolean withStatus) {
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
        if (filter.setting() != null) {
            where.append(filter.settingIsUrn() ? " and r.chosen_urn = :setting" : " and r.chosen_setting = :setting");
        }
        if (withStatus && filter.status() != null) {
            where.append(filter.status() == ReviewFilter.Status.OVERDUE ? " and r.standing = 'OVERDUE'"
                    : " and r.standing <> 'OVERDUE'");
        }
        return where.toString();
    }

    private static MapSqlParameterSource params(LocalDate on, ReviewFilter filter) {
        return new MapSqlParameterSource("on", on).addValue("dueBy", dueBy(on))
                .addValue("team", filter.team()).addValue("caseworker", filter.caseworker())
                .addValue("setting", filter.setting());
    }

    private static RowMapper<ReviewRow> row(LocalDate on) {
        return (rs, i) -> {
            Deadline clock = Deadline.valueOf(rs.getString("clock"));
            LocalDate due = rs.getObject("due_date", LocalDate.class);
            Standing standing = Standing.valueOf(rs.getString("standing"));
            boolean overdue = standing == Standing.OVERDUE;
            long days = Math.abs(due.toEpochDay() - on.toEpochDay());
            LocalDate born = rs.getObject("child_date_of_birth", LocalDate.class);
            Integer cycle = rs.getObject("cycle", Integer.class);
            return new ReviewRow(
                    rs.getString("case_ref"),
                    name(rs.getString("child_given_name"), rs.getString("child_family_name")),
                    new Child(null, null, born, null, null).nationalCurriculumYearOn(on),
                    setting(rs.getString("setting_urn"), rs.getString("sen_setting")),
                    cycle,
                    clock,
                    ClockNames.of(clock),
                    due,
                    standing,
                    overdue ? days : null,
                    overdue ? null : days,
                    rs.getString("team"),
                    rs.getString("caseworker"));
        };
    }

    /** As the plan names it: "URN 100001", "UKPRN 10012345", or the SEN setting code where none is named. */
    static String setting(String urn, String code) {
        if (urn != null) {
            return (urn.length() == 8 ? "UKPRN " : "URN ") + urn;
        }
        return code;
    }

    private static String name(String given, String family) {
        String name = Arrays.stream(new String[] {given, family}).filter(s -> s != null && !s.isBlank())
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? "Name not recorded" : name;
    }
}
