package org.sendclock.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * How long plans took, in weeks from the request to the final plan: the average and the median (one decimal), as
 * the DfE and most councils report them. Counted in days and divided by 7 at the end, so nothing is lost to rounding
 * on the way.
 */
public final class WeeksToIssue {

    /** A plan issued more than 30 weeks (210 days) after its request is "issued after 30 weeks". */
    static final int THIRTY_WEEKS_IN_DAYS = 30 * 7;
    /** More than 52 weeks (364 days). */
    static final int FIFTY_TWO_WEEKS_IN_DAYS = 52 * 7;

    private static final BigDecimal SEVEN = BigDecimal.valueOf(7);

    private WeeksToIssue() {
    }

    /** Null when no plan was issued. */
    public static BigDecimal average(List<Long> daysToIssue) {
        if (daysToIssue.isEmpty()) {
            return null;
        }
        long total = daysToIssue.stream().mapToLong(Long::longValue).sum();
        return BigDecimal.valueOf(total).divide(SEVEN.multiply(BigDecimal.valueOf(daysToIssue.size())), 1,
                RoundingMode.HALF_UP);
    }

    /** The middle plan's weeks; with an even number of plans, halfway between the middle two. Null when none. */
    public static BigDecimal median(List<Long> daysToIssue) {
        if (daysToIssue.isEmpty()) {
            return null;
        }
        long[] days = daysToIssue.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(days);
        int n = days.length;
        BigDecimal middleDays = n % 2 == 1
                ? BigDecimal.valueOf(days[n / 2])
                : BigDecimal.valueOf(days[n / 2 - 1] + days[n / 2]).divide(BigDecimal.valueOf(2));
        return middleDays.divide(SEVEN, 1, RoundingMode.HALF_UP);
    }
}
