package org.sendclock.kpi;

import java.util.function.Predicate;

/** The counts of the 20-week table, each openable as its list of cases. */
public enum TwentyWeekCount implements Count<IssuedPlan> {
    ISSUED("issued", plan -> true),
    ON_TIME("onTime", IssuedPlan::onTime),
    ISSUED_EXCLUDING_EXCEPTIONS("issuedExcludingExceptions", plan -> !plan.withException()),
    ON_TIME_EXCLUDING_EXCEPTIONS("onTimeExcludingExceptions", plan -> plan.onTime() && !plan.withException()),
    ISSUED_AFTER_30_WEEKS("issuedAfter30Weeks", plan -> plan.daysToIssue() > WeeksToIssue.THIRTY_WEEKS_IN_DAYS),
    ISSUED_AFTER_52_WEEKS("issuedAfter52Weeks", plan -> plan.daysToIssue() > WeeksToIssue.FIFTY_TWO_WEEKS_IN_DAYS);

    private final String field;
    private final Predicate<IssuedPlan> test;

    TwentyWeekCount(String field, Predicate<IssuedPlan> test) {
        this.field = field;
        this.test = test;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean counts(IssuedPlan plan) {
        return test.test(plan);
    }
}
