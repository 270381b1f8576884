package org.sendclock.kpi;

import java.util.function.Predicate;

/** The counts of the decisions table, each openable as its list of cases. */
public enum DecisionCount implements Count<DecisionMade> {
    DECIDED("decided", d -> true),
    ON_TIME("onTime", DecisionMade::onTime),
    ASSESSED("assessed", d -> "ASSESS".equals(d.decision())),
    REFUSED("refused", d -> "REFUSE".equals(d.decision()));

    private final String field;
    private final Predicate<DecisionMade> test;

    DecisionCount(String field, Predicate<DecisionMade> test) {
        this.field = field;
        this.test = test;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public boolean counts(DecisionMade decision) {
        return test.test(decision);
    }
}
