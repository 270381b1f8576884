package org.sendclock.kpi;

import static org.sendclock.kpi.TwentyWeekCount.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * One row of the 20-week table: a month, or the total of the range (no month). Both rates and the weeks-to-issue
 * figures are worked out from the same plans the counts come from.
 */
public record TwentyWeekFigures(@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth month,
                                long issued, long onTime, long issuedExcludingExceptions,
                                long onTimeExcludingExceptions, BigDecimal rate, BigDecimal rateExcludingExceptions,
                                BigDecimal averageWeeksToIssue, BigDecimal medianWeeksToIssue,
                                long issuedAfter30Weeks, long issuedAfter52Weeks) {

    static final List<String> CSV_HEADER = List.of("month", "issued", "onTime", "issuedExcludingExceptions",
            "onTimeExcludingExceptions", "rate", "rateExcludingExceptions", "averageWeeksToIssue",
            "medianWeeksToIssue", "issuedAfter30Weeks", "issuedAfter52Weeks");

    static TwentyWeekFigures of(YearMonth month, List<IssuedPlan> plans) {
        long issued = ISSUED.in(plans);
        long onTime = ON_TIME.in(plans);
        long issuedExcluding = ISSUED_EXCLUDING_EXCEPTIONS.in(plans);
        long onTimeExcluding = ON_TIME_EXCLUDING_EXCEPTIONS.in(plans);
        List<Long> days = plans.stream().map(IssuedPlan::daysToIssue).toList();
        return new TwentyWeekFigures(month, issued, onTime, issuedExcluding, onTimeExcluding,
                Rate.percent(onTime, issued), Rate.percent(onTimeExcluding, issuedExcluding),
                WeeksToIssue.average(days), WeeksToIssue.median(days),
                ISSUED_AFTER_30_WEEKS.in(plans), ISSUED_AFTER_52_WEEKS.in(plans));
    }

    List<Object> csvRow() {
        return Arrays.asList(month == null ? "total" : month.toString(), issued, onTime, issuedExcludingExceptions,
                onTimeExcludingExceptions, rate, rateExcludingExceptions, averageWeeksToIssue, medianWeeksToIssue,
                issuedAfter30Weeks, issuedAfter52Weeks);
    }
}
