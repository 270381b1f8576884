package org.sendclock.kpi;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Events sorted into the months they fall in; a month with none has an empty list, never a missing row. */
final class ByMonth<E extends KpiEvent> {

    private final Map<YearMonth, List<E>> events;

    ByMonth(List<E> events) {
        this.events = events.stream().collect(Collectors.groupingBy(KpiEvent::month));
    }

    List<E> in(YearMonth month) {
        return events.getOrDefault(month, List.of());
    }

    List<E> in(MonthRange range) {
        return range.months().stream().flatMap(m -> in(m).stream()).toList();
    }
}
