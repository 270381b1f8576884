package org.sendclock.kpi;

import org.sendclock.deadline.Deadline;

/**
 * The pieces of SQL that several measures share, written once so that they cannot drift apart. Every statement of
 * this package reads our own tables ({@code assessment_case}, {@code advice_request}, {@code statutory_clock}), never
 * Camunda's, and runs unchanged on H2 2.x and PostgreSQL 15. Whether a clock was met on time, is overdue, and whether
 * an exception applies to it is the clock register's to say ({@link org.sendclock.clock.ClockSql}); these pieces only
 * say which rows to read.
 */
public final class CaseRecordSql {

    private CaseRecordSql() {
    }

    /**
     * The clock of alias {@code k} is the case-wide clock {@code which} (not an advice request's). Every case has one
     * of each it can have: the clock register writes them at registration, at each step and at import. Queries over
     * a month of events start from the register ({@code from statutory_clock k join assessment_case c on c.id =
     * k.case_id where …}), so that its index on (clock, done_date) picks the month's rows.
     */
    public static String isCaseClock(Deadline which) {
        return "k.clock = '" + which.name() + "' and k.advice_request_id is null";
    }

    /**
     * The case of alias {@code c} was open at the end of the day {@code :on}: requested by then, and either still
     * open or finished on a later day. A finished case is dated by its outcome: the plan issued, the refusal to
     * assess, the decision not to issue a plan, the withdrawal or closure. A finished case without that date (it can
     * only come from an import) is not counted as open, because when it ended is not known.
     */
    public static final String OPEN_ON = """
            (c.request_date <= :on and (c.status = 'OPEN'
              or (c.status = 'PLAN_ISSUED' and c.final_plan_date > :on)
              or (c.status = 'REFUSED' and c.decision_date > :on)
              or (c.status = 'NO_PLAN' and c.plan_decision_date > :on)
              or (c.status in ('WITHDRAWN', 'CLOSED') and c.closed_date > :on)))""";
}
