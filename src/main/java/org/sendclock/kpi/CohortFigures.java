package org.sendclock.kpi;

import static org.sendclock.kpi.CohortCount.*;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * One request month's cohort (or all of the range: no month) as it stands today. {@code rate} is the share of the
 * cohort's issued plans that were issued within 20 weeks.
 */
public record CohortFigures(@JsonInclude(JsonInclude.Include.NON_NULL) YearMonth month, long requests,
                            long stillOpen, long refused, long noPlan, long withdrawn, long closed, long plansIssued,
                            long plansOnTime, long plansIssuedExcludingExceptions,
                            long plansOnTimeExcludingExceptions, BigDecimal rate,
                            BigDecimal rateExcludingExceptions) {

    static final List<String> CSV_HEADER = List.of("month", "requests", "stillOpen", "refused", "noPlan", "withdrawn",
            "closed", "plansIssued", "plansOnTime", "plansIssuedExcludingExceptions",
            "plansOnTimeExcludingExceptions", "rate", "rateExcludingExceptions");

    static CohortFigures of(YearMonth month, List<CohortCase> cases) {
        long issued = PLANS_ISSUED.in(cases);
        long onTime = PLANS_ON_TIME.in(cases);
        long issuedExcluding = PLANS_ISSUED_EXCLUDING_EXCEPTIONS.in(cases);
        long onTimeExcluding = PLANS_ON_TIME_EXCLUDING_EXCEPTIONS.in(cases);
        return new CohortFigures(month, REQUESTS.in(cases), STILL_OPEN.in(cases), REFUSED.in(cases),
                NO_PLAN.in(cases), WITHDRAWN.in(cases), CLOSED.in(cases), issued, onTime, issuedExcluding,
                onTimeExcluding, Rate.percent(onTime, issued), Rate.percent(onTimeExcluding, issuedExcluding));
    }

    List<Object> csvRow() {
        return Arrays.asList(month == null ? "total" : month.toString(), requests, stillOpen, refused, noPlan,
                withdrawn, closed, plansIssued, plansOnTime, plansIssuedExcludingExceptions,
                plansOnTimeExcludingExceptions, rate, rateExcludingExceptions);
    }
}
