package org.sendclock.oversight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /** The kinds listed: each plan's review and the steps of its cycles. */
    private static final List<Deadline> KINDS = Stream.concat(Stream.of(Deadline.ANNUAL_REVIEW),
            STEPS.stream()).toList();

    private static final String KIND_NAMES = KINDS.stream().map(d -> "'" + d.name() + "'")
            .collect(Collectors.joining(", "));

    private static final String STEP_NAMES = STEPS.stream().map(d -> "'" + d.name() + "'")
            .collect(Collectors.joining(", "));

    /**
     * Which of a part's clocks the register lists on {@code :on}. Every part reads clocks started by the end of the
     * day and neither met nor stopped by it, whose standing is therefore overdue (due before the day), at risk (from
     * its warning day) or running: a review is listed when due by {@code :dueBy}, overdue ones included; a step when
     * overdue or at risk. That is what {@link ClockSql#standingOn} answers for such a clock, written on the clock's
     * own columns rather than on its standing: PostgreSQL cannot estimate the standing's {@code case}, and on its
     * guess it sorted a county's whole list for a page of fifty instead of reading the clocks in due-date order.
     */
    private static String listed(Deadline kind) {
        return kind == Deadline.ANNUAL_REVIEW ? "k.due_date <= :dueBy" : "(k.due_date < :on or k.at_risk_from <= :on)";
    }

    /** {@link #listed} for a part that reads every kind. */
    private static final String LISTED = "((k.clock = '" + Deadline.ANNUAL_REVIEW.name() + "' and "
            + listed(Deadline.ANNUAL_REVIEW) + ") or (k.clock <> '" + Deadline.ANNUAL_REVIEW.name() + "' and "
            + listed(Deadline.REVIEW_INVITATIONS) + "))";

    /**
     * The register's rows on {@code :on}, each clock read once, in parts that only narrow the clocks read (not met by
     * the day, not stopped by it), as {@code OpenClocks} does: the open clocks due by {@code :dueBy}, an index range of
     * V34's (clock, done_date, ended_date, due_date, at_risk_from, start_date) for each kind, which holds every overdue
     * and due soon review and nothing due later; the steps due after it but already inside their warning window; the
     * clocks stopped only after the day; and those met only after it (none for today). A county's reviews due later in
     * the year, and its clocks met or stopped long ago, are never read, and the index alone answers the counts. What
     * the counts, the CSV, the digest and a team's page read; a page of the whole register reads them otherwise
     * ({@link #PAGED}).
     */
    private static final List<String> COUNTED = List.of(
            "k.clock in (" + KIND_NAMES + ") and k.done_date is null and k.ended_date is null and k.due_date <= :dueBy"
                    + " and " + LISTED,
            "k.clock in (" + STEP_NAMES + ") and k.done_date is null and k.ended_date is null and k.due_date > :dueBy"
                    + " and k.at_risk_from <= :on",
            "k.clock in (" + KIND_NAMES + ") and k.done_date is null and k.ended_date > :on and " + LISTED,
            "k.clock in (" + KIND_NAMES + ") and k.done_date > :on and " + LISTED);

    /**
     * The same rows as {@link #COUNTED}, in the parts a page reads: a kind at a time, so that each kind's open clocks
     * ({@code open}, by far the most) are one range of V34's index in due-date order and a page reads its rows from
     * the front of each kind rather than sorting the list; then each kind's clocks stopped only after the day (a
     * kind's own range, where all kinds at once were read through V9's index among a county's transfer clocks ending
     * in later years); and the clocks met only after it. Not what the counts read: thirteen parts' estimates add up
     * past PostgreSQL's threshold for compiling the query (jit_above_cost), which cost more than the counting itself.
     */
    private record Part(String where, boolean open) {
    }

    private static final List<Part> PAGED = Stream.of(
            KINDS.stream().map(kind -> new Part("k.clock = '" + kind.name() + "'"
                    + " and k.done_date is null and k.ended_date is null and " + listed(kind), true)),
            KINDS.stream().map(kind -> new Part("k.clock = '" + kind.name() + "'"
                    + " and k.done_date is null and k.ended_date > :on and " + listed(kind), false)),
            Stream.of(new Part(COUNTED.get(3), false)))
            .flatMap(parts -> parts).toList();

    /**
     * One part's clocks with their standing at the end of {@code :on} as a column, and their case's reference, team
     * and caseworker when the filter or the order needs them. The plan, cycle and setting are joined after the page
     * is cut ({@link #pageQuery}), to its fifty rows only.
     */
    private static String clocks(String part, boolean withCase, boolean withSetting) {
        return "select k.id as clock_id, k.case_id, k.review_id, k.clock, k.done_date, k.ended_date, k.due_date, "
                + ClockSql.standingOn("on") + " as standing" + (withCase ? CASE_COLUMNS : "")
                + (withSetting ? SETTING_COLUMNS : "")
                + "\n  from statutory_clock k" + (withCase ? CASE_JOIN : "") + (withSetting ? SETTING_JOIN : "")
                + "\n  where " + ClockSql.startedBy("on") + " and " + part;
    }

    private static final String CASE_COLUMNS = ", c.case_ref, c.team, c.caseworker";
    private static final String CASE_JOIN = "\n  join assessment_case c on c.id = k.case_id";
    /**
     * The setting the plan names now (its placement without a leaving date), joined only when one is chosen: then
     * the school's few placements are the rows the database starts from, not the clocks or the team's cases.
     */
    private static final String SETTING_COLUMNS = ", s.setting_urn as chosen_urn, s.sen_setting as chosen_setting";
    private static final String SETTING_JOIN = """

              join ehc_plan sp on sp.case_id = k.case_id
              join plan_placement s on s.plan_id = sp.id and s.leaving_date is null""";

    /** Every row of the register on {@code :on}, as {@code r}, followed by {@code where} (the filter's conditions). */
    private static String rows(boolean withCase, boolean withSetting, String where) {
        return "select * from (\n" + COUNTED.stream().map(part -> clocks(part, withCase, withSetting))
                .collect(Collectors.joining("\nunion all\n")) + "\n) r" + where;
    }

    private static String rows(boolean withCase) {
        return rows(withCase, false, "");
    }

    /**
     * A register row as listed: the clock's row ({@code r}, cut to a page or not) with the child's name and date of
     * birth, the cycle and the setting the plan names now (its placement without a leaving date). One plan to a case
     * (V15).
     */
    private static final String PAGE_ROWS = """
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
        jdbc.query(PAGE_ROWS.formatted(rows(true, filter.setting() != null, where(filter, params, true)))
                + " order by " + sort.orderBy(),
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
                + rows(byCase, filter.setting() != null, where(filter, params, false)) + ") r", params);
    }

    /**
     * One page: the clocks (with their case's reference, team and caseworker, which every order ends on) filtered,
     * ordered and cut by the database, and only then the page's rows joined to their child, plan, cycle and setting.
     * Each open part is ordered and cut on its own to the rows up to the page's end, and the parts are merged: a row
     * of the page is among the first {@code offset + size} of its part in the same order, so the page is the one the
     * whole list gives. An open part's order starts with its done and ended dates, empty throughout it, so that
     * PostgreSQL sees it is the order of the part's range of the index and reads only the rows the page can need.
     * The other parts (rarely a row) are taken whole; ordered as their range of the index is, or PostgreSQL, counting
     * on them to be many, would walk a kind's every clock in due-date order (V6's index) to find a page's first rows.
     */
    Query pageQuery(LocalDate on, ReviewFilter filter, RegisterSort sort, Paging paging) {
        MapSqlParameterSource params = params(on, filter).addValue("offset", paging.offset())
                .addValue("size", paging.size()).addValue("reach", paging.offset() + paging.size());
        String where = where(filter, params, true);
        if (filter.team() != null || filter.caseworker() != null || filter.setting() != null) {
            // PostgreSQL cannot estimate lower(team) = lower(:team) or a school's placements: guessing a handful of
            // cases, it starts each part from the cases, and did so thirteen times over. One team's or school's list
            // is a fraction of the county's, read in the counted parts and sorted whole.
            String page = rows(true, filter.setting() != null, where) + " order by " + sort.orderBy()
                    + " limit :size offset :offset";
            return new Query(PAGE_ROWS.formatted(page) + " order by " + sort.orderBy(), params);
        }
        String parts = PAGED.stream().map(part -> "select * from (select * from ("
                        + clocks(part.where(), true, filter.setting() != null) + "\n) r" + where + " order by "
                        + (part.open() ? "r.done_date, r.ended_date, " + sort.orderBy() + " limit :reach"
                        : "r.done_date, r.ended_date, r.due_date") + ") p")
                .collect(Collectors.joining("\nunion all\n"));
        String page = "select * from (\n" + parts + "\n) r order by " + sort.orderBy()
                + " limit :size offset :offset";
        return new Query(PAGE_ROWS.formatted(page) + " order by " + sort.orderBy(), params);
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
        return new Query(PAGE_ROWS.formatted("select * from (select r.*, row_number() over (partition by r.team"
                + " order by " + RegisterSort.WORST_FIRST.orderBy() + ") as n from (" + rows(true) + ") r"
                + " where r.standing = 'OVERDUE') r where r.n <= :longest")
                + " order by " + RegisterSort.WORST_FIRST.orderBy(),
                params(on, ReviewFilter.ALL).addValue("longest", longest));
    }

    static LocalDate dueBy(LocalDate on) {
        return on.plusWeeks(WEEKS_AHEAD);
    }

    /** The filter's conditions on the rows {@code r}, as a {@code where} clause (empty when it has none). */
    private static String where(ReviewFilter filter, MapSqlParameterSource params, boolean withStatus) {
        List<String> conditions = new ArrayList<>();
        if (!filter.scope().everyCase()) {
            conditions.add(filter.scope().sql("r.team", "r.caseworker", params));
        }
        if (filter.team() != null) {
            conditions.add("lower(r.team) = lower(:team)");
        }
        if (filter.caseworker() != null) {
            conditions.add("lower(r.caseworker) = lower(:caseworker)");
        }
        if (filter.setting() != null) {
            conditions.add(filter.settingIsUrn() ? "r.chosen_urn = :setting" : "r.chosen_setting = :setting");
        }
        if (withStatus && filter.status() != null) {
            // A listed clock is neither met nor stopped by the day: overdue exactly when due before it. Its due date,
            // not the standing's case, so that the overdue list is a range of each kind's index.
            conditions.add(filter.status() == ReviewFilter.Status.OVERDUE ? "r.due_date < :on" : "r.due_date >= :on");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
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
