package org.sendclock.kpi;

import static org.sendclock.kpi.DecisionCount.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/** One row of the decisions table: a month, or the total of the range (no month). */
public record DecisionFigures(@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth month, long decided, long onTime,
                              long assessed, long refused, BigDecimal rate) {

    static final List<String> CSV_HEADER = List.of("month", "decided", "onTime", "assessed", "refused", "rate");

    static DecisionFigures of(YearMonth month, List<DecisionMade> decisions) {
        long decided = DECIDED.in(decisions);
        long onTime = ON_TIME.in(decisions);
        return new DecisionFigures(month, decided, onTime, ASSESSED.in(decisions), REFUSED.in(decisions),
                Rate.percent(onTime, decided));
    }

    List<Object> csvRow() {
        return Arrays.asList(month == null ? "total" : month.toString(), decided, onTime, assessed, refused, rate);
    }
}
