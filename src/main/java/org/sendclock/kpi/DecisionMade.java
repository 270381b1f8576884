package org.sendclock.kpi;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A decision whether to assess (reg 5), as the 6-week measure sees it: counted in the month its notice was sent, on
 * time by the clock register's answer for the week 6 clock. {@code decision} is ASSESS or REFUSE; it may be empty for
 * a case imported with dates only, which then counts as decided but neither assessed nor refused.
 */
record DecisionMade(String caseRef, LocalDate requestDate, LocalDate decisionDue, LocalDate decisionDate,
                    LocalDate noticeDate, String decision, boolean onTime) implements KpiEvent {

    @Override
    public YearMonth month() {
        return YearMonth.from(noticeDate);
    }

    /** The notice is the event counted; the decision and its date travel with it, so a late notice can be seen. */
    @Override
    public CaseEntry entry() {
        return new CaseEntry(caseRef, null, requestDate, decisionDue, noticeDate, decision, decisionDate);
    }
}
