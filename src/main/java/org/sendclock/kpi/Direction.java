package org.sendclock.kpi;

import java.math.BigDecimal;

/**
 * Direction of travel against the previous period, the ▲ and ▼ of a board pack: UP, DOWN or SAME, compared on the
 * rates as shown (one decimal). None when either period has no rate.
 */
public enum Direction {
    UP, DOWN, SAME;

    public static Direction of(BigDecimal current, BigDecimal previous) {
        if (current == null || previous == null) {
            return null;
        }
        int compared = current.compareTo(previous);
        return compared > 0 ? UP : compared < 0 ? DOWN : SAME;
    }
}
