package org.sendclock.kpi;

import java.math.BigDecimal;

/**
 * Red, amber or green against a target: green at or above it, amber up to the target's amber margin below it (5
 * points unless set otherwise), red further below. No status without a rate or without a target.
 */
public enum Rag {
    GREEN, AMBER, RED;

    public static Rag of(BigDecimal rate, BigDecimal target, BigDecimal amberMargin) {
        if (rate == null || target == null) {
            return null;
        }
        if (rate.compareTo(target) >= 0) {
            return GREEN;
        }
        return rate.compareTo(target.subtract(amberMargin)) >= 0 ? AMBER : RED;
    }
}
