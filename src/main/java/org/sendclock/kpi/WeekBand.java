package org.sendclock.kpi;

/**
 * How long an open assessment has been waiting, in the bands boards use: 0–6, 6–12, 12–16, 16–20, 20–30, 30–52 and
 * 52+ weeks since the request. Each band ends on its statutory day: week 6 holds days 0 to 42 (a decision due on
 * day 42 is still in time), 16–20 ends on day 140, so with the default day counting every case from "20-30" on has
 * passed its final plan due date.
 */
public enum WeekBand {
    WEEKS_0_TO_6("0-6", 6),
    WEEKS_6_TO_12("6-12", 12),
    WEEKS_12_TO_16("12-16", 16),
    WEEKS_16_TO_20("16-20", 20),
    WEEKS_20_TO_30("20-30", 30),
    WEEKS_30_TO_52("30-52", 52),
    WEEKS_52_AND_OVER("52+", Integer.MAX_VALUE);

    private final String label;
    private final long lastDay;

    WeekBand(String label, int untilWeek) {
        this.label = label;
        this.lastDay = untilWeek == Integer.MAX_VALUE ? Long.MAX_VALUE : untilWeek * 7L;
    }

    public String label() {
        return label;
    }

    public static WeekBand of(long daysSinceRequest) {
        for (WeekBand band : values()) {
            if (daysSinceRequest <= band.lastDay) {
                return band;
            }
        }
        throw new IllegalStateException("unreachable: the last band has no end");
    }
}
