package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sendclock.clock.TransferKind;

/**
 * {@code GET /api/kpis/phase-transfers?year=}: for the Year 6 and Year 11 transfers of a transfer year, how many were
 * due and how many were finalised by their deadline (Sefton's KPI 1/3; the DfE's "phase transfers finalised").
 */
public record PhaseTransferReport(int year, List<Line> transfers) {

    /** The transfers the board reads; into school and infant to junior are on the managers' list only. */
    public static final List<TransferKind> KINDS = List.of(TransferKind.PRIMARY_TO_SECONDARY,
            TransferKind.SECONDARY_TO_POST16);

    /** {@code rate}: finalised of due, a percentage with one decimal, null when none was due. */
    public record Line(TransferKind kind, LocalDate deadline, long due, long finalisedByDeadline, BigDecimal rate) {
    }

    static PhaseTransferReport of(int year, List<TransferDue> transfers) {
        List<Line> lines = KINDS.stream().map(kind -> {
            List<TransferDue> ofKind = transfers.stream().filter(t -> t.kind() == kind).toList();
            long due = PhaseTransferCount.DUE.in(ofKind);
            long finalised = PhaseTransferCount.FINALISED_BY_DEADLINE.in(ofKind);
            return new Line(kind, kind.deadlineIn(year), due, finalised, Rate.percent(finalised, due));
        }).toList();
        return new PhaseTransferReport(year, lines);
    }

    CsvTable csv() {
        List<List<?>> rows = new ArrayList<>();
        transfers.forEach(l -> rows.add(Arrays.asList(year, l.kind(), l.deadline(), l.due(), l.finalisedByDeadline(),
                l.rate())));
        return new CsvTable("phase-transfers-" + year, List.of("year", "kind", "deadline", "due",
                "finalisedByDeadline", "rate"), rows);
    }
}
