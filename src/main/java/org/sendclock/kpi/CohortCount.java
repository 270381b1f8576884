package org.sendclock.kpi;

import java.util.function.Predicate;

/** The counts of the cohorts table, each openable as its list of cases. */
enum CohortCount implements Count<CohortCase> {
    REQUESTS("requests", c -> true),
    STILL_OPEN("stillOpen", c -> "OPEN".equals(c.status())),
    REFUSED("refused", c -> "REFUSED".equals(c.status())),
    NO_PLAN("noPlan", c -> "NO_PLAN".equals(c.status())),
    WITHDRAWN("withdrawn", c -> "WITHDRAWN".equals(c.status())),
    CLOSED("closed", c -> "CLOSED".equals(c.status())),
    PLANS_ISSUED("plansIssued", CohortCase::planIssued),
    PLANS_ON_TIME("plansOnTime", c -> c.planIssued() && c.planOnTime()),
    PLANS_ISSUED_EXCLUDING_EXCEPTIONS("plansIssuedExcludingExceptions", c -> c.planIssued() && !c.withException()),
    PLANS_ON_TIME_EXCLUDING_EXCEPTIONS("plansOnTimeExcludingExceptions",
            c -> c.planIssued() && c.planOnTime() && !c.withException());

    private final String field;
    private final Predicate<CohortCase> test;

    CohortCount(String field, Predicate<CohortCase> test) {
        this.field = field;
        this.test = test;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean counts(CohortCase c) {
        return test.test(c);
    }
}
