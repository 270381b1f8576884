package org.sendclock.kpi;

import java.util.function.Predicate;

/** The counts of the phase-transfer table, named as its JSON fields; each opens as its cases. */
public enum PhaseTransferCount implements Count<TransferDue> {
    /** Every transfer due: plans started on or before the deadline and not ceased before it. */
    DUE("due", t -> true),
    /** Of those, finalised: a phase-transfer review's amended plan issued from 1 September to the deadline. */
    FINALISED_BY_DEADLINE("finalisedByDeadline", t -> t.finalised() != null);

    private final String field;
    private final Predicate<TransferDue> counts;

    PhaseTransferCount(String field, Predicate<TransferDue> counts) {
        this.field = field;
        this.counts = counts;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean counts(TransferDue transfer) {
        return counts.test(transfer);
    }
}
