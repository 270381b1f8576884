package org.sendclock.kpi;

import java.math.BigDecimal;

/** How many of a period's events were on time, out of how many: the two numbers behind every rate. */
public record OnTimeCount(long onTime, long total) {

    public static final OnTimeCount NONE = new OnTimeCount(0, 0);

    public OnTimeCount plus(OnTimeCount other) {
        return new OnTimeCount(onTime + other.onTime, total + other.total);
    }

    public OnTimeCount plus(boolean wasOnTime) {
        return new OnTimeCount(onTime + (wasOnTime ? 1 : 0), total + 1);
    }

    public BigDecimal rate() {
        return Rate.percent(onTime, total);
    }
}
