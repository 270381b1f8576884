package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import org.sendclock.clock.TransferKind;
import org.sendclock.deadline.Deadline;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The phase transfers due in a transfer year, one query: the clock register's transfer clocks of that year's
 * deadline ({@code TRANSFER_TO_SECONDARY} on 15 February, {@code TRANSFER_TO_POST16} on 31 March; the register writes
 * them from the date of birth for every plan started on or before the deadline), less the plans that ceased before
 * it, each with the earliest amended plan of a review marked as the phase transfer ({@code plan_review.phase_transfer})
 * issued from 1 September of the year before to the deadline. Read through V6's index on
 * {@code statutory_clock (clock, due_date)}.
 */
@Repository
class PhaseTransfersDue {

    private static final String SQL = """
            select c.case_ref, k.clock, k.start_date, k.due_date,
                   (select min(r.amended_plan_date) from plan_review r
                     where r.plan_id = p.id and r.phase_transfer = true
                       and r.amended_plan_date >= :schoolYearStarts and r.amended_plan_date <= k.due_date) as finalised
            from statutory_clock k
            join assessment_case c on c.id = k.case_id
            join ehc_plan p on p.case_id = k.case_id
            where (%s)
              and p.start_date <= k.due_date and (p.ceased_date is null or p.ceased_date >= k.due_date)
            order by k.clock, c.case_ref
            """;

    private final NamedParameterJdbcTemplate jdbc;

    PhaseTransfersDue(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TransferDue> in(int year, List<TransferKind> kinds) {
        MapSqlParameterSource params = new MapSqlParameterSource("schoolYearStarts",
                LocalDate.of(year - 1, Month.SEPTEMBER, 1));
        List<String> each = new ArrayList<>();
        for (int i = 0; i < kinds.size(); i++) {
            each.add("(k.clock = :clock" + i + " and k.due_date = :deadline" + i + ")");
            params.addValue("clock" + i, kinds.get(i).clock().name())
                    .addValue("deadline" + i, kinds.get(i).deadlineIn(year));
        }
        return jdbc.query(SQL.formatted(String.join(" or ", each)), params, (rs, i) -> new TransferDue(
                rs.getString("case_ref"), TransferKind.of(Deadline.valueOf(rs.getString("clock"))),
                rs.getObject("start_date", LocalDate.class), rs.getObject("due_date", LocalDate.class),
                rs.getObject("finalised", LocalDate.class)));
    }
}
