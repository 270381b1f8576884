package org.sendclock.casefile;

/** Why a case ended before an outcome. MOVED_OUT is what SEN2 calls "exported". */
public enum ClosedReason {
    WITHDRAWN, MOVED_OUT, OTHER
}
