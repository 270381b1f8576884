package org.sendclock.kpi;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/**
 * A measure over one period (a month, the year to date, …): on time of total, the rate, its RAG status against the
 * target in force and its direction of travel against the previous period of the same kind.
 */
public record PeriodFigures(long onTime, long total, BigDecimal rate, Rag rag, Direction direction) {

    static PeriodFigures of(OnTimeCount count, OnTimeCount previous, EffectiveTarget target) {
        BigDecimal rate = count.rate();
        return new PeriodFigures(count.onTime(), count.total(), rate,
                target == null ? null : Rag.of(rate, target.percent(), target.amberMargin()),
                previous == null ? null : Direction.of(rate, previous.rate()));
    }

    List<Object> csvCells() {
        return Arrays.asList(onTime, total, rate, rag, direction);
    }

    static List<String> csvHeader(String prefix) {
        return List.of(prefix + "OnTime", prefix + "Total", prefix + "Rate", prefix + "Rag", prefix + "Direction");
    }
}
