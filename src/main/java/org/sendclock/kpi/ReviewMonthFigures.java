package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews measure's figures kept month by month (V33, ADR 37): a month is counted by {@link ReviewCycles} once,
 * and again only after a transaction has changed one of its facts ({@link ReviewFactChanges} adds one to its
 * {@code changes}). A board's twelve months are twelve rows whatever the caseload; a caseworker's decision makes its
 * month (and the months it moved a date out of) be counted again on the next read, not the year.
 *
 * <p>Why a recount cannot keep a stale figure: the month's change number is read before it is counted, and the
 * figures are kept only where the number is still the one read. A write that committed before the count is in the
 * count; one that commits after it has moved the number on (its mark commits with it, and waits for the row if this
 * keeps it first), so the kept figures are counted again next time. Each statement sees what had committed when it
 * began (read committed, the default on both databases).
 */
@Repository
class ReviewMonthFigures {

    private static final String FIGURES = "due, on_time, decided, decided_within_4_weeks, amended,"
            + " amended_within_8_weeks, amended_within_12_weeks_of_meeting, maintained, amended_decisions, ceased";

    private static final String READ = "select year_month, changes, counted_at_change, " + FIGURES
            + " from review_month_figures where year_month >= :first and year_month <= :last";

    private static final String KEEP = """
            update review_month_figures set counted_at_change = :changes, due = :due, on_time = :onTime,
                   decided = :decided, decided_within_4_weeks = :decidedWithin4Weeks, amended = :amended,
                   amended_within_8_weeks = :amendedWithin8Weeks,
                   amended_within_12_weeks_of_meeting = :amendedWithin12WeeksOfMeeting, maintained = :maintained,
                   amended_decisions = :amendedDecisions, ceased = :ceased
            where year_month = :yearMonth and changes = :changes
            """;

    private final ReviewCycles cycles;
    private final NamedParameterJdbcTemplate jdbc;

    ReviewMonthFigures(ReviewCycles cycles, NamedParameterJdbcTemplate jdbc) {
        this.cycles = cycles;
        this.jdbc = jdbc;
    }

    /** The row of the month a day falls in. */
    static int key(LocalDate day) {
        return key(YearMonth.from(day));
    }

    static int key(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    private static YearMonth month(int key) {
        return YearMonth.of(key / 100, key % 100);
    }

    /**
     * Every month of the range with its figures (zeros where nothing happened). Its own transaction, because counting
     * a changed month keeps what it counted, whoever asks (the KPI tables and the board read in read-only ones).
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Map<YearMonth, ReviewFigures> in(MonthRange range) {
        Map<YearMonth, ReviewFigures> figures = new HashMap<>();
        Map<YearMonth, Long> changesRead = new HashMap<>();
        jdbc.query(READ, Map.of("first", key(range.from()), "last", key(range.to())), rs -> {
            YearMonth month = month(rs.getInt("year_month"));
            long changes = rs.getLong("changes");
            if (rs.getLong("counted_at_change") == changes) {
                figures.put(month, new ReviewFigures(month, rs.getLong("due"), rs.getLong("on_time"),
                        rs.getLong("decided"), rs.getLong("decided_within_4_weeks"), rs.getLong("amended"),
                        rs.getLong("amended_within_8_weeks"), rs.getLong("amended_within_12_weeks_of_meeting"),
                        rs.getLong("maintained"), rs.getLong("amended_decisions"), rs.getLong("ceased")));
            } else {
                changesRead.put(month, changes);
            }
        });
        // The months not kept (changed since they were counted, or outside the kept years), counted in runs of
        // consecutive months, one count of each population per run.
        List<YearMonth> toCount = range.months().stream().filter(m -> !figures.containsKey(m)).toList();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (MonthRange run : runs(toCount)) {
            Map<YearMonth, ReviewFigures> counted = cycles.countsIn(run);
            for (YearMonth month : run.months()) {
                ReviewFigures f = counted.getOrDefault(month, ReviewFigures.none(month));
                figures.put(month, f);
                Long changes = changesRead.get(month);
                if (changes != null) {
                    kept.add(row(month, changes, f));
                }
            }
        }
        if (!kept.isEmpty()) {
            jdbc.batchUpdate(KEEP, kept.toArray(Map[]::new));
        }
        return figures;
    }

    /** Consecutive months as ranges: June, July, September is June to July, then September. */
    private static List<MonthRange> runs(List<YearMonth> months) {
        List<MonthRange> runs = new ArrayList<>();
        YearMonth from = null;
        YearMonth to = null;
        for (YearMonth m : months) {
            if (to != null && m.equals(to.plusMonths(1))) {
                to = m;
                continue;
            }
            if (from != null) {
                runs.add(new MonthRange(from, to));
            }
            from = m;
            to = m;
        }
        if (from != null) {
            runs.add(new MonthRange(from, to));
        }
        return runs;
    }

    private static Map<String, Object> row(YearMonth month, long changes, ReviewFigures f) {
        Map<String, Object> row = new HashMap<>();
        row.put("yearMonth", key(month));
        row.put("changes", changes);
        row.put("due", f.due());
        row.put("onTime", f.onTime());
        row.put("decided", f.decided());
        row.put("decidedWithin4Weeks", f.decidedWithin4Weeks());
        row.put("amended", f.amended());
        row.put("amendedWithin8Weeks", f.amendedWithin8Weeks());
        row.put("amendedWithin12WeeksOfMeeting", f.amendedWithin12WeeksOfMeeting());
        row.put("maintained", f.maintained());
        row.put("amendedDecisions", f.amendedDecisions());
        row.put("ceased", f.ceased());
        return row;
    }
}
