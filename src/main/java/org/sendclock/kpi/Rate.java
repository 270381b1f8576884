package org.sendclock.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A rate as boards read it: a percentage with one decimal, halves rounded up (12 of 21 is 57.1), and no rate at all
 * when nothing was counted, because "0.0%" for a month without a single plan would read as failure.
 */
public final class Rate {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Rate() {
    }

    public static BigDecimal percent(long numerator, long denominator) {
        if (denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }
}
