package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Advice received from one provider, as the advice measure sees it. {@code onTime} and {@code withException} are the clock
 * register's answers for the request's six-week clock: a reg 8(2) excusal applies (the giver was excused, and the
 * advice came anyway).
 */
record AdviceReturned(String caseRef, String adviceType, LocalDate requestedDate, LocalDate dueDate,
                      LocalDate receivedDate, boolean onTime, boolean withException) implements KpiEvent {

    @Override
    public YearMonth month() {
        return YearMonth.from(receivedDate);
    }

    @Override
    public CaseEntry entry() {
        return new CaseEntry(caseRef, adviceType, requestedDate, dueDate, receivedDate);
    }
}
