package org.sendclock.kpi;

import java.time.LocalDate;
import org.sendclock.clock.TransferKind;

/**
 * One child's phase transfer counted as due in its transfer year: the case, the kind, when its clock started (1
 * September of the school year, or the plan's start when later), its deadline, and the amended plan of the
 * phase-transfer review issued from 1 September of the year before to the deadline ({@code finalised}; null when
 * there is none).
 */
record TransferDue(String caseRef, TransferKind kind, LocalDate clockStart, LocalDate deadline, LocalDate finalised) {

    CaseEntry entry() {
        return new CaseEntry(caseRef, null, clockStart, deadline, finalised);
    }
}
