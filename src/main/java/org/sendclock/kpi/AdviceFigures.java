package org.sendclock.kpi;

import static org.sendclock.kpi.AdviceCount.*;

import java.math.BigDecimal;
import java.util.List;

/** Advice within 6 weeks for one advice type, or for all types together ({@code adviceType} "ALL"). */
public record AdviceFigures(String adviceType, long returned, long onTime, long returnedExcludingExceptions,
                            long onTimeExcludingExceptions, BigDecimal rate, BigDecimal rateExcludingExceptions) {

    static final String ALL_TYPES = "ALL";

    static AdviceFigures of(String adviceType, List<AdviceReturned> advice) {
        long returned = RETURNED.in(advice);
        long onTime = ON_TIME.in(advice);
        long returnedExcluding = RETURNED_EXCLUDING_EXCEPTIONS.in(advice);
        long onTimeExcluding = ON_TIME_EXCLUDING_EXCEPTIONS.in(advice);
        return new AdviceFigures(adviceType, returned, onTime, returnedExcluding, onTimeExcluding,
                Rate.percent(onTime, returned), Rate.percent(onTimeExcluding, returnedExcluding));
    }
}
