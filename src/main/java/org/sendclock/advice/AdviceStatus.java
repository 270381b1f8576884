package org.sendclock.advice;

/** Where one advice request stands. Anything but REQUESTED means the case need not wait for it. */
public enum AdviceStatus {
    REQUESTED, RECEIVED, EXCUSED, WITHDRAWN;

    public boolean isOutstanding() {
        return this == REQUESTED;
    }
}
