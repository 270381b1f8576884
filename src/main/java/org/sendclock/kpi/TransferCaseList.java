package org.sendclock.kpi;

import java.util.List;
import org.sendclock.clock.TransferKind;

/**
 * The cases behind one figure of the phase-transfer table
 * ({@code /api/kpis/phase-transfers/cases?year=2026&kind=PRIMARY_TO_SECONDARY&measure=due}): one entry per child,
 * {@code startDate} the transfer clock's start, {@code dueDate} the deadline, {@code eventDate} the amended plan that
 * finalised it (none when it was not finalised by the deadline).
 */
public record TransferCaseList(int year, TransferKind kind, String measure, int count, List<CaseEntry> cases) {

    static TransferCaseList of(int year, TransferKind kind, PhaseTransferCount count, List<TransferDue> transfers) {
        List<CaseEntry> entries = transfers.stream().filter(t -> t.kind() == kind).filter(count::counts)
                .map(TransferDue::entry).toList();
        return new TransferCaseList(year, kind, count.field(), entries.size(), entries);
    }

    CsvTable csv() {
        return new CsvTable("phase-transfers-" + year + "-" + kind.name().toLowerCase().replace('_', '-') + "-"
                + measure, CaseEntry.CSV_HEADER, cases.stream().<List<?>>map(CaseEntry::csvRow).toList());
    }
}
