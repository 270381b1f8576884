package org.sendclock.kpi;

import java.time.YearMonth;

/**
 * One event a KPI counts (a plan issued, a decision made, advice returned, an open case), as read from the case
 * record. The month it falls in places it in a table; its entry is what a drill-down shows for it.
 */
interface KpiEvent {

    YearMonth month();

    CaseEntry entry();
}
