package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/** A measure's on-time count month by month; a month with nothing counted is zero of zero. */
final class MonthlyCounts {

    private final Map<YearMonth, OnTimeCount> counts;

    private MonthlyCounts(Map<YearMonth, OnTimeCount> counts) {
        this.counts = counts;
    }

    static <E extends KpiEvent> MonthlyCounts of(List<E> events, Predicate<E> counted, Predicate<E> onTime) {
        Map<YearMonth, OnTimeCount> counts = new HashMap<>();
        for (E event : events) {
            if (counted.test(event)) {
                counts.merge(event.month(), OnTimeCount.NONE.plus(onTime.test(event)), OnTimeCount::plus);
            }
        }
        return new MonthlyCounts(counts);
    }

    /** Counts the database made, month by month. */
    static MonthlyCounts counted(Map<YearMonth, OnTimeCount> counts) {
        return new MonthlyCounts(Map.copyOf(counts));
    }

    OnTimeCount in(YearMonth month) {
        return counts.getOrDefault(month, OnTimeCount.NONE);
    }

    OnTimeCount in(MonthRange range) {
        return range.months().stream().map(this::in).reduce(OnTimeCount.NONE, OnTimeCount::plus);
    }
}
