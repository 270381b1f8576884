package org.sendclock.kpi;

import java.util.function.Predicate;

/** The counts of the advice table, each openable as its list of cases (optionally for one advice type). */
public enum AdviceCount implements Count<AdviceReturned> {
    RETURNED("returned", a -> true),
    ON_TIME("onTime", AdviceReturned::onTime),
    RETURNED_EXCLUDING_EXCEPTIONS("returnedExcludingExceptions", a -> !a.withException()),
    ON_TIME_EXCLUDING_EXCEPTIONS("onTimeExcludingExceptions", a -> a.onTime() && !a.withException());

    private final String field;
    private final Predicate<AdviceReturned> test;

    AdviceCount(String field, Predicate<AdviceReturned> test) {
        this.field = field;
        this.test = test;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean counts(AdviceReturned advice) {
        return test.test(advice);
    }
}
