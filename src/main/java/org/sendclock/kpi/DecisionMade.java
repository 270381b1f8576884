package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A decision whether to assess (reg 5), as the 6-week measure sees it. {@code decision} is ASSESS or REFUSE; it may be
 * empty for a case imported with a decision date only, which then counts as decided but neither assessed nor refused.
 */
record DecisionMade(String caseRef, LocalDate requestDate, LocalDate decisionDue, LocalDate decisionDate,
                    String decision, boolean onTime) implements KpiEvent {

    @Override
    public YearMonth month() {
        return YearMonth.from(decisionDate);
    }

    @Override
    public CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, decisionDue, decisionDate);
    }
}
