package org.sendclock.kpi;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sendclock.advice.AdviceType;

/**
 * Advice within 6 weeks in one month (or the total of the range: no month): one entry per advice type, every type
 * listed even when none came back, and all types together.
 */
public record AdviceMonth(@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth month, List<AdviceFigures> byType,
                          AdviceFigures allTypes) {

    static final List<String> CSV_HEADER = List.of("month", "adviceType", "returned", "onTime",
            "returnedExcludingExceptions", "onTimeExcludingExceptions", "rate", "rateExcludingExceptions");

    static AdviceMonth of(YearMonth month, List<AdviceReturned> advice) {
        List<AdviceFigures> byType = types(advice).stream()
                .map(type -> AdviceFigures.of(type, advice.stream().filter(a -> a.adviceType().equals(type)).toList()))
                .toList();
        return new AdviceMonth(month, byType, AdviceFigures.of(AdviceFigures.ALL_TYPES, advice));
    }

    /** Every type this system knows, in its order, then any other an import brought (kept, never dropped). */
    private static Set<String> types(List<AdviceReturned> advice) {
        Set<String> types = new LinkedHashSet<>();
        Arrays.stream(AdviceType.values()).map(Enum::name).forEach(types::add);
        advice.stream().map(AdviceReturned::adviceType).sorted().forEach(types::add);
        return types;
    }

    List<List<?>> csvRows() {
        List<List<?>> rows = new ArrayList<>();
        String label = month == null ? "total" : month.toString();
        byType.forEach(f -> rows.add(row(label, f)));
        rows.add(row(label, allTypes));
        return rows;
    }

    private static List<Object> row(String label, AdviceFigures f) {
        return Arrays.asList(label, f.adviceType(), f.returned(), f.onTime(), f.returnedExcludingExceptions(),
                f.onTimeExcludingExceptions(), f.rate(), f.rateExcludingExceptions());
    }
}
