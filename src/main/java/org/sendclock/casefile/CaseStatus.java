package org.sendclock.casefile;

/** Where a case stands overall: open, or how it ended. */
public enum CaseStatus {
    OPEN, REFUSED, NO_PLAN, PLAN_ISSUED, WITHDRAWN, CLOSED;

    public boolean isOpen() {
        return this == OPEN;
    }
}
