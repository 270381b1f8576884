package org.sendclock.oversight;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.casefile.Paging;
import org.sendclock.clock.ClockSettings;
import org.sendclock.clock.ClockSql;
import org.sendclock.clock.Standing;
import org.sendclock.clock.TransferKind;
import org.sendclock.plan.Placement;
import org.sendclock.plan.SenSetting;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The managers' list of phase transfers for a transfer year, read from the clock register's transfer clocks
 * ({@code TRANSFER_TO_*}, ADR 22): every child whose plan has the transfer, with the setting the plan names now, the
 * team and caseworker, and whether it is due, done or late. A plan that ceased before the transfer's date without it
 * has no transfer to make and is left out, as the phase-transfer KPI leaves it out. Filtering, counting, ordering and
 * paging are the database's, through V6's index on {@code statutory_clock (clock, due_date)}: a county's Year 6 is a
 * thousand children, and a page shows fifty.
 */
@Repository
@Transactional(readOnly = true)
public class PhaseTransferList {

    private static final String FROM = """
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            join ehc_plan p on p.case_id = k.case_id
            left join plan_placement s on s.plan_id = p.id and s.leaving_date is null
            where k.clock in (:clocks) and k.due_date >= :yearStarts and k.due_date <= :yearEnds
              and (k.done_date is not null or k.ended_date is null or k.ended_date >= k.due_date)
            """;
    private static final String DUE = "(k.done_date is null and k.due_date >= :today)";
    private static final String DONE = "(k.done_date is not null)";
    private static final String OVERDUE = "(k.done_date is null and k.due_date < :today)";
    private static final String DONE_LATE = "(k.done_date is not null and not " + ClockSql.MET_ON_TIME + ")";
    private static final String LATE = "(" + OVERDUE + " or " + DONE_LATE + ")";
    /** The rows in the order a manager works them: overdue, due (soonest first), done late, done on time. */
    private static final String PROGRESS = """
            (case when %s then 0 when %s then 1 when %s then 2 else 3 end)""".formatted(OVERDUE, DUE, DONE_LATE);
    private static final String COUNTS = """
            select count(*) as transfers,
                   sum(case when %s then 1 else 0 end) as due,
                   sum(case when %s then 1 else 0 end) as done,
                   sum(case when %s then 1 else 0 end) as overdue,
                   sum(case when %s then 1 else 0 end) as done_late
            """.formatted(DUE, DONE, OVERDUE, DONE_LATE) + FROM;
    private static final String ROWS = """
            select c.case_ref, c.child_given_name, c.child_family_name, c.team, c.caseworker, k.clock, k.due_date,
                   k.done_date, s.setting_urn, s.sen_setting, %s as standing, %s as progress
            """.formatted(ClockSql.standingOn("today"), PROGRESS) + FROM;
    private static final String ORDER = " order by progress, k.due_date, c.case_ref, k.clock";

    private final NamedParameterJdbcTemplate jdbc;
    private final ClockSettings settings;

    PhaseTransferList(NamedParameterJdbcTemplate jdbc, ClockSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** The kinds of transfer this council has (infant to junior only where it keeps separate schools). */
    public List<TransferKind> kinds() {
        return TransferKind.of(settings);
    }

    /** One page of the list on {@code today}, with the counts of the whole year, kind and team. */
    public TransferPage page(TransferFilter filter, Paging paging, LocalDate today) {
        MapSqlParameterSource params = params(filter, today);
        String where = where(filter, params);
        Counts counts = jdbc.queryForObject(COUNTS + where, params, (rs, i) -> new Counts(rs.getLong("transfers"),
                rs.getLong("due"), rs.getLong("done"), rs.getLong("overdue"), rs.getLong("done_late")));
        String status = status(filter.status());
        params.addValue("offset", paging.offset()).addValue("size", paging.size());
        List<TransferRow> rows = jdbc.query(ROWS + where + status + ORDER + " limit :size offset :offset", params,
                row(today));
        long total = filter.status() == null ? counts.transfers() : switch (filter.status()) {
            case DUE -> counts.due();
            case DONE -> counts.done();
            case LATE -> counts.overdue() + counts.doneLate();
        };
        return new TransferPage(filter.year(), today, total, counts.due(), counts.done(),
                counts.overdue() + counts.doneLate(), counts.overdue(), counts.doneLate(), paging.page(),
                paging.size(), paging.pagesFor(total), rows);
    }

    /** Every row the filter accepts, in the list's order: the CSV download. */
    public List<TransferRow> all(TransferFilter filter, LocalDate today) {
        MapSqlParameterSource params = params(filter, today);
        String where = where(filter, params);
        return jdbc.query(ROWS + where + status(filter.status()) + ORDER, params, row(today));
    }

    private record Counts(long transfers, long due, long done, long overdue, long doneLate) {
    }

    private MapSqlParameterSource params(TransferFilter filter, LocalDate today) {
        return new MapSqlParameterSource("today", today)
                .addValue("clocks", filter.kinds(kinds()).stream().map(k -> k.clock().name()).toList())
                .addValue("yearStarts", filter.yearStarts())
                .addValue("yearEnds", filter.yearEnds())
                .addValue("team", filter.team());
    }

    private static String where(TransferFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder();
        if (!filter.scope().everyCase()) {
            where.append(" and ").append(filter.scope().sql("c.team", "c.caseworker", params));
        }
        if (filter.team() != null) {
            where.append(" and lower(c.team) = lower(:team)");
        }
        return where.toString();
    }

    private static String status(TransferFilter.Status status) {
        if (status == null) {
            return "";
        }
        return " and " + switch (status) {
            case DUE -> DUE;
            case DONE -> DONE;
            case LATE -> LATE;
        };
    }

    private static RowMapper<TransferRow> row(LocalDate today) {
        return (rs, i) -> {
            TransferKind kind = TransferKind.of(org.sendclock.deadline.Deadline.valueOf(rs.getString("clock")));
            LocalDate deadline = rs.getObject("due_date", LocalDate.class);
            LocalDate amended = rs.getObject("done_date", LocalDate.class);
            TransferRow.Progress progress = TransferRow.Progress.values()[rs.getInt("progress")];
            String urn = rs.getString("setting_urn");
            String code = rs.getString("sen_setting");
            Long daysLeft = progress == TransferRow.Progress.DUE ? ChronoUnit.DAYS.between(today, deadline) : null;
            Long daysLate = switch (progress) {
                case OVERDUE -> ChronoUnit.DAYS.between(deadline, today);
                case DONE_LATE -> ChronoUnit.DAYS.between(deadline, amended);
                default -> null;
            };
            return new TransferRow(rs.getString("case_ref"),
                    name(rs.getString("child_given_name"), rs.getString("child_family_name")), kind, kind.label(),
                    deadline, urn == null && code == null ? null
                    : Placement.describe(urn, code == null ? null : SenSetting.valueOf(code)),
                    rs.getString("team"), rs.getString("caseworker"), progress,
                    Standing.valueOf(rs.getString("standing")), amended, daysLeft, daysLate);
        };
    }

    private static String name(String given, String family) {
        List<String> parts = new ArrayList<>();
        if (given != null && !given.isBlank()) {
            parts.add(given);
        }
        if (family != null && !family.isBlank()) {
            parts.add(family);
        }
        return String.join(" ", parts);
    }
}
