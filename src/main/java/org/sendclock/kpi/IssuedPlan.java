package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;

/**
 * A final plan issued, as the 20-week measure sees it. {@code onTime} and {@code withException} are the clock register's
 * answers for the case's week 20 clock, read in SQL ({@link IssuedPlans}); {@code exceptionRecordedAfterIssue} marks a
 * reg 10(4) exception typed in after the plan went out, which the drill-down shows for audit.
 */
record IssuedPlan(String caseRef, LocalDate requestDate, LocalDate finalPlanDue, LocalDate issueDate, boolean onTime,
                  boolean withException, boolean exceptionRecordedAfterIssue) implements KpiEvent {

    @Override
    public YearMonth month() {
        return YearMonth.from(issueDate);
    }

    long daysToIssue() {
        return ChronoUnit.DAYS.between(requestDate, issueDate);
    }

    @Override
    public CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, finalPlanDue, issueDate, null, null, withException,
                exceptionRecordedAfterIssue);
    }
}
