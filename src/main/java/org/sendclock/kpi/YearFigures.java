package org.sendclock.kpi;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * A measure over one whole year, calendar ("2016", as SEN2 counts) or financial ("2016-17"), with RAG against the
 * target in force in the year's last month, direction against the year before and, for calendar years, England's rate.
 */
public record YearFigures(String year, YearMonth from, YearMonth to, long onTime, long total, BigDecimal rate,
                          Rag rag, Direction direction, EffectiveTarget target, BigDecimal england) {

    static final List<String> CSV_HEADER = List.of("year", "from", "to", "onTime", "total", "rate", "rag",
            "direction", "target", "england");

    List<Object> csvRow() {
        List<Object> row = new ArrayList<>(List.of(year, from, to, onTime, total));
        row.add(rate);
        row.add(rag);
        row.add(direction);
        row.add(target == null ? null : target.percent());
        row.add(england);
        return row;
    }
}
