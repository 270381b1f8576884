package org.sendclock.kpi;

/**
 * How long an open review is past its due date, in whole weeks (a review one to six days late is 0 weeks overdue), in
 * the bands a board reads: 0–4, 5–8, 9–12, 13–26 and 27 or more weeks.
 */
public enum WeeksOverdue {
    WEEKS_0_TO_4("0-4", 4),
    WEEKS_5_TO_8("5-8", 8),
    WEEKS_9_TO_12("9-12", 12),
    WEEKS_13_TO_26("13-26", 26),
    WEEKS_27_AND_OVER("27+", Long.MAX_VALUE);

    private final String label;
    private final long lastWeek;

    WeeksOverdue(String label, long lastWeek) {
        this.label = label;
        this.lastWeek = lastWeek;
    }

    public String label() {
        return label;
    }

    /** {@code daysOverdue} is 1 on the day after the due date, the first day the register holds the review overdue. */
    public static WeeksOverdue of(long daysOverdue) {
        long weeks = daysOverdue / 7;
        for (WeeksOverdue band : values()) {
            if (weeks <= band.lastWeek) {
                return band;
            }
        }
        throw new IllegalStateException("unreachable: the last band has no end");
    }
}
