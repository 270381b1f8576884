package org.sendclock.kpi;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.sendclock.clock.ClockSql;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The reviews measure's populations, each selected by the date that places it in a month, through an index on that
 * date: review cycles by the review clock's due date (V6's {@code (clock, due_date)}), decisions and amended plans by
 * their dates on {@code plan_review} (V16). Whether a cycle was reviewed on time is the clock register's answer for
 * its {@code ANNUAL_REVIEW} clock; the decision's and the amendment's timeliness are worked out from the recorded
 * facts ({@link ReviewCycle}), because the register's amended plan clock may be due on a phase transfer's date and the
 * measure is eight weeks from the proposal, whatever the transfer. See docs/kpi-definitions.md.
 */
@Repository
class ReviewCycles {

    private static final String COLUMNS = """
            select c.case_ref, r.cycle, k.start_date, k.due_date,
                   case when %s then 1 else 0 end as review_met,
                   r.meeting_date, r.decision, r.decision_date, r.amendments_proposed_date, r.amended_plan_date
            """.formatted(ClockSql.MET_ON_TIME);

    private static final String REVIEW_CLOCK = "k.clock = '" + Deadline.ANNUAL_REVIEW.name() + "'";

    /** A review falls due in the month unless the plan had ceased before its due date: no plan, no review. */
    private static final String DUE = COLUMNS + """
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            join ehc_plan p on p.case_id = k.case_id
            left join plan_review r on r.id = k.review_id
            where %s and k.due_date >= :first and k.due_date <= :last
              and (p.ceased_date is null or p.ceased_date >= k.due_date)
            order by k.due_date, c.case_ref
            """.formatted(REVIEW_CLOCK);

    private static final String BY_FACT = COLUMNS + """
            from plan_review r
            join assessment_case c on c.id = r.case_id
            left join statutory_clock k on k.review_id = r.id and %s
            where r.%s >= :first and r.%s <= :last
            order by r.%s, c.case_ref, r.cycle
            """;

    private static final String DECIDED = BY_FACT.formatted(REVIEW_CLOCK, "decision_date", "decision_date",
            "decision_date");

    private static final String AMENDED = BY_FACT.formatted(REVIEW_CLOCK, "amended_plan_date", "amended_plan_date",
            "amended_plan_date");

    /**
     * Review clocks the register holds overdue at the end of {@code :on}: the cycle still open then (no decision by
     * that day), the plan not ceased by it. The dates narrow the rows read; the standing alone decides.
     */
    private static final String OVERDUE = """
            select c.case_ref, r.cycle, k.start_date, k.due_date
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            left join plan_review r on r.id = k.review_id
            where %s and k.due_date < :on and (k.done_date is null or k.done_date > :on)
              and (k.ended_date is null or k.ended_date > :on) and %s and %s = 'OVERDUE'
            order by k.due_date, c.case_ref
            """.formatted(REVIEW_CLOCK, ClockSql.startedBy("on"), ClockSql.standingOn("on"));

    /*
     * The same three populations counted by the database, month by month (the table's figures, not its lists): a
     * county's year is some 27,000 events, and reading each into a row only to count it made the table's cost grow
     * with them. Each is the list query's own selection with its count's test written as a sum, so a figure and the
     * list it opens (read by the queries above) count the same rows, as ReviewsKpiIT checks for every figure.
     * The decision's and the amendment's days are ReviewCycle's (reg 20(10), 22(3)): date plus days is a date on
     * H2 2.x and PostgreSQL alike.
     */
    private static final String MONTH = "extract(year from %1$s) as y, extract(month from %1$s) as m";

    private static final String DUE_COUNTS = """
            select %1$s, count(*) as due, sum(case when %2$s then 1 else 0 end) as on_time
            from statutory_clock k
            join ehc_plan p on p.case_id = k.case_id
            where %3$s and k.due_date >= :first and k.due_date <= :last
              and (p.ceased_date is null or p.ceased_date >= k.due_date)
            group by extract(year from k.due_date), extract(month from k.due_date)
            """.formatted(MONTH.formatted("k.due_date"), ClockSql.MET_ON_TIME, REVIEW_CLOCK);

    private static final String DECIDED_COUNTS = """
            select %1$s, count(*) as decided,
                   sum(case when r.meeting_date is not null and r.decision_date <= r.meeting_date + %2$d
                            then 1 else 0 end) as within_4_weeks,
                   sum(case when r.decision = 'MAINTAIN' then 1 else 0 end) as maintained,
                   sum(case when r.decision = 'AMEND' then 1 else 0 end) as amend_decisions,
                   sum(case when r.decision = 'CEASE' then 1 else 0 end) as ceased
            from plan_review r
            where r.decision_date >= :first and r.decision_date <= :last
            group by extract(year from r.decision_date), extract(month from r.decision_date)
            """.formatted(MONTH.formatted("r.decision_date"), ReviewCycle.DECISION_DAYS);

    private static final String AMENDED_COUNTS = """
            select %1$s, count(*) as amended,
                   sum(case when coalesce(r.amendments_proposed_date, r.decision_date) is not null
                             and r.amended_plan_date <= coalesce(r.amendments_proposed_date, r.decision_date) + %2$d
                            then 1 else 0 end) as within_8_weeks,
                   sum(case when r.meeting_date is not null and r.amended_plan_date <= r.meeting_date + %3$d
                            then 1 else 0 end) as within_12_weeks
            from plan_review r
            where r.amended_plan_date >= :first and r.amended_plan_date <= :last
            group by extract(year from r.amended_plan_date), extract(month from r.amended_plan_date)
            """.formatted(MONTH.formatted("r.amended_plan_date"), ReviewCycle.AMENDED_PLAN_DAYS,
            ReviewCycle.AMENDED_PLAN_FROM_MEETING_DAYS);

    /**
     * The overdue reviews counted by their due date, which alone places a review in its band of weeks overdue: as
     * many rows as there are due dates, not reviews. The same reviews as {@link #OVERDUE}, read in the parts that
     * only narrow the clocks (still open; stopped after the day; met after it), so V28's index on (clock, done_date,
     * ended_date, due_date) reads the overdue ones and not a county's reviews due later or met long ago.
     */
    private static final String OVERDUE_BY_DUE_DATE = """
            select r.due_date, count(*) as reviews from (
            %1$s and k.done_date is null and k.ended_date is null
            union all
            %1$s and k.done_date is null and k.ended_date > :on
            union all
            %1$s and k.done_date > :on and (k.ended_date is null or k.ended_date > :on)
            ) r group by r.due_date
            """.formatted("""
              select k.due_date from statutory_clock k
              where %s and k.due_date < :on and %s and %s = 'OVERDUE'
            """.formatted(REVIEW_CLOCK, ClockSql.startedBy("on"), ClockSql.standingOn("on")));

    private final NamedParameterJdbcTemplate jdbc;

    ReviewCycles(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every event of the measure in the months asked for: cycles due, decisions sent, amended plans issued. */
    List<ReviewEvent> eventsIn(MonthRange range) {
        return java.util.stream.Stream.of(dueIn(range), decidedIn(range), amendedIn(range))
                .flatMap(List::stream).toList();
    }

    List<ReviewEvent> eventsIn(MonthRange range, ReviewEvent.Kind kind) {
        return switch (kind) {
            case DUE -> dueIn(range);
            case DECIDED -> decidedIn(range);
            case AMENDED -> amendedIn(range);
        };
    }

    List<ReviewEvent> dueIn(MonthRange range) {
        return read(DUE, range, ReviewEvent.Kind.DUE);
    }

    List<ReviewEvent> decidedIn(MonthRange range) {
        return read(DECIDED, range, ReviewEvent.Kind.DECIDED);
    }

    List<ReviewEvent> amendedIn(MonthRange range) {
        return read(AMENDED, range, ReviewEvent.Kind.AMENDED);
    }

    /** The reviews table's figures for each month of the range that has any, counted by the database. */
    Map<YearMonth, ReviewFigures> countsIn(MonthRange range) {
        Map<String, LocalDate> days = Map.of("first", range.firstDay(), "last", range.lastDay());
        Map<YearMonth, long[]> figures = new HashMap<>();
        // due, onTime, decided, decidedWithin4Weeks, amended, amendedWithin8Weeks, amendedWithin12WeeksOfMeeting,
        // maintained, amendedDecisions, ceased: the order of ReviewFigures.
        jdbc.query(DUE_COUNTS, days, rs -> {
            long[] f = figures.computeIfAbsent(month(rs), m -> new long[10]);
            f[0] = rs.getLong("due");
            f[1] = rs.getLong("on_time");
        });
        jdbc.query(DECIDED_COUNTS, days, rs -> {
            long[] f = figures.computeIfAbsent(month(rs), m -> new long[10]);
            f[2] = rs.getLong("decided");
            f[3] = rs.getLong("within_4_weeks");
            f[7] = rs.getLong("maintained");
            f[8] = rs.getLong("amend_decisions");
            f[9] = rs.getLong("ceased");
        });
        jdbc.query(AMENDED_COUNTS, days, rs -> {
            long[] f = figures.computeIfAbsent(month(rs), m -> new long[10]);
            f[4] = rs.getLong("amended");
            f[5] = rs.getLong("within_8_weeks");
            f[6] = rs.getLong("within_12_weeks");
        });
        Map<YearMonth, ReviewFigures> byMonth = new HashMap<>();
        figures.forEach((month, f) -> byMonth.put(month, new ReviewFigures(month, f[0], f[1], f[2], f[3], f[4], f[5],
                f[6], f[7], f[8], f[9])));
        return byMonth;
    }

    private static YearMonth month(ResultSet rs) throws SQLException {
        return YearMonth.of(rs.getInt("y"), rs.getInt("m"));
    }

    /** How many reviews overdue at the end of {@code on} fell due on each date. */
    Map<LocalDate, Long> overdueCountsOn(LocalDate on) {
        Map<LocalDate, Long> byDueDate = new HashMap<>();
        jdbc.query(OVERDUE_BY_DUE_DATE, Map.of("on", on), rs -> {
            byDueDate.put(rs.getObject("due_date", LocalDate.class), rs.getLong("reviews"));
        });
        return byDueDate;
    }

    List<OverdueReview> overdueOn(LocalDate on) {
        return jdbc.query(OVERDUE, Map.of("on", on), (rs, i) -> new OverdueReview(
                rs.getString("case_ref"),
                (Integer) rs.getObject("cycle", Integer.class),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                on));
    }

    private List<ReviewEvent> read(String sql, MonthRange range, ReviewEvent.Kind kind) {
        return jdbc.query(sql, Map.of("first", range.firstDay(), "last", range.lastDay()),
                (rs, i) -> new ReviewEvent(kind, cycle(rs)));
    }

    private static ReviewCycle cycle(ResultSet rs) throws SQLException {
        return new ReviewCycle(
                rs.getString("case_ref"),
                rs.getObject("cycle", Integer.class),
                rs.getObject("start_date", LocalDate.class),
                rs.getObject("due_date", LocalDate.class),
                rs.getInt("review_met") == 1,
                rs.getObject("meeting_date", LocalDate.class),
                rs.getString("decision"),
                rs.getObject("decision_date", LocalDate.class),
                rs.getObject("amendments_proposed_date", LocalDate.class),
                rs.getObject("amended_plan_date", LocalDate.class));
    }
}
