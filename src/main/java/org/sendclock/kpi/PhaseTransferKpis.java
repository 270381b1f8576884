package org.sendclock.kpi;

import org.sendclock.clock.TransferKind;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The phase-transfer measure and the cases behind each figure, from the same rows (ADR 7). */
@Service
@Transactional(readOnly = true)
public class PhaseTransferKpis {

    private final PhaseTransfersDue due;

    PhaseTransferKpis(PhaseTransfersDue due) {
        this.due = due;
    }

    public PhaseTransferReport report(int year) {
        return PhaseTransferReport.of(year, due.in(year, PhaseTransferReport.KINDS));
    }

    public TransferCaseList cases(int year, TransferKind kind, PhaseTransferCount count) {
        return TransferCaseList.of(year, kind, count, due.in(year, java.util.List.of(kind)));
    }
}
